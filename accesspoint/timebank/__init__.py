"""The time bank (issue 4): members give time, earn credits, spend or give them.

Importing this package registers the people-merge hook, so memberships follow
a person when two records are merged. `accesspoint.people` cannot import us
(the dependency points the other way), so whatever merges people must have
imported `accesspoint.timebank` first; the CLI, the UI page and the demo do.
"""

from accesspoint import people
from accesspoint.timebank.members import merge_hook

if merge_hook not in people.MERGE_HOOKS:
    people.MERGE_HOOKS.append(merge_hook)
