# English plural forms (one, other) of the %n messages; singular texts need no translation.
{
    "%Ln event(s)": ["%Ln event", "%Ln events"],
    "%Ln rejected input(s)": ["%Ln rejected input", "%Ln rejected inputs"],
    "%Ln lost in gaps": ["%Ln lost in a gap", "%Ln lost in gaps"],
    "%Ln gap(s) in the feed": ["%Ln gap in the feed", "%Ln gaps in the feed"],
    "%Ln dropped": ["%Ln dropped", "%Ln dropped"],
    "%Ln new ↑": ["%Ln new ↑", "%Ln new ↑"],
    "%Ln earlier event(s) were removed by the history's retention limits.":
        ["%Ln earlier event was removed by the history's retention limits.",
         "%Ln earlier events were removed by the history's retention limits."],
    "%1 of %Ln alert(s)": ["%1 of %Ln alert", "%1 of %Ln alerts"],
    "%Ln alert(s)": ["%Ln alert", "%Ln alerts"],
}
