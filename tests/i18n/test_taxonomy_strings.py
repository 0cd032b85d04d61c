from accesspoint import taxonomy
from ui.widgets import taxonomy_strings


def test_every_need_label_and_guidance_step_is_marked_for_translation():
    assert set(taxonomy_strings.NEED_LABELS) == {n.label for n in taxonomy.needs()}
    assert list(taxonomy_strings.GUIDANCE) == taxonomy.safeguarding_guidance()
