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
    "It is sent as %n message(s).": ["It is sent as %n message.", "It is sent as %n messages."],
    "Acknowledge %n Alert(s)": ["Acknowledge %n Alert", "Acknowledge %n Alerts"],
    "%Ln firing": ["%Ln firing", "%Ln firing"],
    "… and %Ln more": ["… and %Ln more", "… and %Ln more"],
    "Matches %n of the last %1 events": ["Matches %n of the last %1 events", "Matches %n of the last %1 events"],
    "%n rule(s) in %1": ["%n rule in %1", "%n rules in %1"],
    "Matches %Ln alert(s) now; new ones that match are silenced as they arrive.":
        ["Matches %Ln alert now; new ones that match are silenced as they arrive.",
         "Matches %Ln alerts now; new ones that match are silenced as they arrive."],
    "%Ln active": ["%Ln active", "%Ln active"],
    "%n message(s)": ["%n message", "%n messages"],
}
