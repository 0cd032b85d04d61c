"""The time bank (issue 4): members give time, earn credits, spend or give them.

Importing this package registers the people-merge hook, so memberships follow
a person when two records are merged. `accesspoint.people` cannot import us
(the dependency points the other way), so whatever merges people must have
imported `accesspoint.timebank` first; the CLI, the UI page and the demo do.

It also registers the erasure and retention hooks (accesspoint/timebank/privacy.py);
erasure and retention import this package before they run.
"""

from accesspoint import people
from accesspoint.security import erasure, retention
from accesspoint.timebank.members import merge_hook
from accesspoint.timebank.privacy import (
    anonymise_members,
    erase_members,
    scrub_pulled,
    seen_since,
)

if merge_hook not in people.MERGE_HOOKS:
    people.MERGE_HOOKS.append(merge_hook)
for _hooks, _fn in ((erasure.ERASURE_HOOKS, erase_members),
                    (retention.PERSON_HOOKS, anonymise_members),
                    (retention.SEEN_HOOKS, seen_since),
                    (retention.PULLED_HOOKS, scrub_pulled)):
    if _fn not in _hooks:
        _hooks.append(_fn)
