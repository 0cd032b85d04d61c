"""The service directory: ORUK import, offline search, signposting and referrals.

Modules: oruk_map (normalise one record), oruk_read (files, folders, APIs),
importer (atomic refresh), store (writes, incl. what sync applies), search,
postcodes, schedules, referrals, signposting, slip_text, local, demo.
"""


def _register_merge_hook() -> None:
    # Referrals and unmet needs follow a person when two records are merged.
    from accesspoint import people
    from accesspoint.directory.referrals import move_person

    if move_person not in people.MERGE_HOOKS:
        people.MERGE_HOOKS.append(move_person)


_register_merge_hook()
