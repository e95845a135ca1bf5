<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Alerts</name>
    <message>
        <source>Advocate Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New call offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New text offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat offer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit log, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action, or a prefix such as auth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show older audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log cannot be shown: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>&amp;Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected session to an advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take it myself…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected contact yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected chat or text as it happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on shift can take this {channel} now: no one available with room who speaks {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} {held}/{limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take {label}: you already hold {held} of your {limit} {channel} sessions. Reassign it to an advocate instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your status is {status}. A shift lead can take a contact only while available. Set your status to Available and take {label}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set me &amp;available and take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set me available and take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift lead is taking this contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You took {label}. It is open in its own tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} moved to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session has closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls have no transcript to look in on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardService</name>
    <message>
        <source>The board could not be refreshed: the server is not answering.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardTable</name>
    <message>
        <source>Columns of {table}; activate one to sort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>711 relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>711 relay call: a relay operator types or voices every turn. Speak to the caller, not the operator; expect pauses; say “Go ahead” when you finish each turn. Replies come to you through the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay call reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add interpreter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold now (in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} · ID {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interpreter on the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter time on this call so far: {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <source>Canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search replies (English or Spanish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter puts the reply in the reply box; it is not sent until you send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the picker works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the reply into the reply box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without inserting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSidebar</name>
    <message>
        <source>Case work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the case work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists {done}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Casework</name>
    <message>
        <source>Reply typed but not sent before the session left this console:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note written but not saved before the session left this console:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistItemView</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short comment (optional, up to 500 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next unanswered ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next unanswered item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as: {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Kept from an earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of this checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state of this checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist started for this case yet: choose one above and press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the answers show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of the checklist, by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: item and state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown checklist ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minor in commercial sex: no force, fraud or coercion is needed. This is a mandated report: open the reporting guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators are not proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved and synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved here, waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in two places: choose below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted by the server: kept here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Type a reply. Enter sends; Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends the reply; Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the reply cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply box</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n character(s): a text reply can have at most {limit}.</source>
        <translation>
            <numerusform>Too long by %n character: a text reply can have at most {limit}.</numerusform>
            <numerusform>Too long by %n characters: a text reply can have at most {limit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n character(s): a chat reply can have at most {limit}.</source>
        <translation>
            <numerusform>Too long by %n character: a chat reply can have at most {limit}.</numerusform>
            <numerusform>Too long by %n characters: a chat reply can have at most {limit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} characters of {limit}, sent as {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} characters of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Two versions of this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve a note conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was changed on the server while you edited it here. Both versions are kept until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(You deleted this note.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours (on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server (version {v})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or merge them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both as two notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the version on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both versions as two notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later; both versions stay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: your work is kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconnecting in %n s</numerusform>
            <numerusform>Reconnecting in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection: {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who consented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient the person agreed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information the person agreed to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what the person agreed to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the recipient the person agreed to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Disposition</name>
    <message>
        <source>Crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and technical assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone needs emergency help or a response within 24 hours, or a victim is known to be in immediate danger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact knows of a specific possible trafficking situation or victim, with no known immediate danger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request for services or for anti-trafficking contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request for training, or for technical help with a case or program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions about trafficking or about the hotline, with no case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploitation without clear force, fraud or coercion, or a related issue (domestic violence, child abuse, smuggling, runaway youth) with no trafficking indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the above (say why in the notes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <source>Category of this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category that fits this contact best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc or F1 closes this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to close this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is a key and what it does, grouped by where it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: keys and what they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the list of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Add an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a language or code, e.g. Vietnamese, tiếng việt, vi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As given by the interpreting service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n language(s)</source>
        <translation>
            <numerusform>%n language</numerusform>
            <numerusform>%n languages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageToggle</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (español)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the items in this language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBoard</name>
    <message>
        <source>Shift board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocates on shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocates &amp;on shift ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is on shift yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting contacts ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter waiting contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live sess&amp;ions ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter live sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} on shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest wait {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} live sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is already with {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a shift lead: sessions go to advocates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot take {label}: {status}, not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot take {label}: no room for another {channel}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot take {label}: it is in {language}, which they do not speak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} can no longer be moved: it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a shift lead may move sessions, and the server did not accept you as one. Nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot take {label} now: they are not available, have no room for another {channel}, or do not speak its language. Nothing was moved; choose someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} cannot be moved any more: it has ended, was answered, or is already with {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} or {name} is no longer on this shift. Nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason was not accepted (1 to 500 characters). Nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests just now. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to move {label}. Nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sentence} The server said: “{detail}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer, so {label} may not have moved. The board shows where it is once the connection is back; try again then if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting, with nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Open a link from the contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link was sent by the contact. Check where it really goes before opening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site (raw):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s name uses letters from other alphabets: it may imitate another site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before &apos;@&apos; is not the site: this link goes to {site}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not encrypted (http).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Console locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions keep running. Enter the password of {who} to go back to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out and end shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and end the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password. Try again in {n} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookInWindow</name>
    <message>
        <source>Looking in: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in on {label}, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are reading along. The advocate and the contact do not see you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation cannot be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not answering; the transcript may be behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} with {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Advocate Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline. Notes and replies are saved on this computer and go out, in order, when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open sessions. New contacts are offered above, with a sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept the oldest offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline the oldest offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End the current session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the current tab (after wrap-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out and end shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} moved {label} to another advocate: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply was not sent: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {channel} offer. Ctrl+Shift+A accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved and synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved here, waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: both versions kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted by the server: kept here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another advocate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of this case, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note. It is saved on this computer as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier contacts in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier contacts in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) changed in two places: choose what to keep…</source>
        <translation>
            <numerusform>%n note changed in two places: choose what to keep…</numerusform>
            <numerusform>%n notes changed in two places: choose what to keep…</numerusform>
        </translation>
    </message>
    <message>
        <source>Typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note is at most 100,000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft not saved: storage failed ({what}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: this computer&apos;s storage failed ({what}). Your text is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferBanner</name>
    <message>
        <source>Time left to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>711 relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the offer from {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the offer from {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer: {channel} from {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferList</name>
    <message>
        <source>Offers waiting for an answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy: at capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceSelector</name>
    <message>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether new contacts are offered to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status set by the hotline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited {time}: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting over {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long wait, over {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very long wait, over {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>711 relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered to {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Take it myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give it to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taken by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocates who can take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required; the advocate sees it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Spanish speaker needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words: shelter, legal, counselling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language the service speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>American Sign Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City, county, state or ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the directory again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this referral to the case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this referral into the reply box (Enter sends it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory has not been downloaded to this computer yet, and the server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n service found</numerusform>
            <numerusform>%n services found</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating the directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory is not on this computer yet: searching the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} services on this computer, updated {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the case notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the reply box: press Enter to send it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Referral given: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: {number}{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory id: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ext. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreting: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationwide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingDialog</name>
    <message>
        <source>Reporting guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the reporting guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingPanel</name>
    <message>
        <source>Reporting guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the reporting guide over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers so far (activate one to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks for the record (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report note to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the questions to reach an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks are at most 4,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report note saved to the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In status for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} for {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes no {channel} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{held} of {limit} {channel} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (full)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunConflictBar</name>
    <message>
        <source>Checklist conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the answers given on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the answers on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine the answers of both versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This checklist was changed on this computer and elsewhere. Both versions are kept until you choose. %n item(s) answered differently; combining keeps every answer and, where they differ, yours.</source>
        <translation>
            <numerusform>This checklist was changed on this computer and elsewhere. Both versions are kept until you choose. %n item was answered differently; combining keeps every answer and, where they differ, yours.</numerusform>
            <numerusform>This checklist was changed on this computer and elsewhere. Both versions are kept until you choose. %n items were answered differently; combining keeps every answer and, where they differ, yours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <source>The hotline server cannot be reached, and this computer has no saved sign-in for this user. Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password. (The server cannot be reached: the password was checked against the work saved on this computer.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work saved on this computer cannot be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keyring on this computer: sign-in is kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an unencrypted keyring is available: it is not used; sign-in is kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring stopped working: sign-in is kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeContact</name>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number texted STOP: nothing may be sent to it, and no one may reach out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply contains one of the person&apos;s code words. Code words are for advocates only: take it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is recorded yet about how to reach this person safely: ask first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person said {what} is not safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person said calls are not safe, so no voicemail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person has not said whether {what} is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is outside the person&apos;s safe times now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the person&apos;s safe times (they could not be checked automatically).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else may see or hear it on a shared device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter again to send it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeContactBanner</name>
    <message>
        <source>Safe contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this person may be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code words (advocates only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings about the last reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show code words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the code words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the safe-contact profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the profile from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the profile on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has not reached this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet about how to reach this person safely. Ask before any call back, text or voicemail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here and elsewhere: choose which profile to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back: {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail: {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared device: others may see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe times: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code words (advocates only): safe “{safe}”, not safe “{unsafe}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide code words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has not reached this computer yet: try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeContactEditor</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach this person safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the safe-contact profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe to call back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe to text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May we leave a voicemail?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could someone else see the phone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a safe time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe times in the person&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. weekday mornings after the kids leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code word meaning safe to talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code word meaning not safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code word: safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code word: not safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the profile cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the safe-contact profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record only what the person told you. Code words are seen by advocates only and are never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the time zone: use a name like America/Chicago.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionState</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTab</name>
    <message>
        <source>Session with {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show earlier messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close session and tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>711 relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The texter opted out (STOP): nothing can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} wrote: {body}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message from {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact left · wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In state for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact left · wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active · on hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift &amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {low} to {high} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the computer is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light, dark or high contrast; or as the computer is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring for a new offer until it is answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume of the alert sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A soft chime for a message in a tab that is not in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify in the system tray (never with the message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash the taskbar while an offer waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a call, offers and messages play a soft tone only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {low} to {high} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long wait after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ong wait after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very long wait after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Very long after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each threshold must be longer than the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by the hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days after closing ({who})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each wait threshold must be longer than the one before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shift</name>
    <message>
        <source>{name} moved a session to you: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is no longer waiting for you ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftCharts</name>
    <message>
        <source>Shift charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting contacts over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait over time, per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocates available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocates available over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now {total} waiting ({channels}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel}: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait now: {channels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} advocates available now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftStatusBar</name>
    <message>
        <source>Latest notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Offers and sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift board (leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help, settings and quitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the oldest offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the oldest offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous session tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to session tab 1 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the current session and choose its category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the current tab after wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply (in the reply box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line in the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected session to an advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected contact yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected chat or text as it happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the board&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a look-in window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the console now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide this list of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: language, text size, look and alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOutRefusal</name>
    <message numerus="yes">
        <source>%n change(s) not synced yet</source>
        <translation>
            <numerusform>%n change not synced yet</numerusform>
            <numerusform>%n changes not synced yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) the server refused</source>
        <translation>
            <numerusform>%n change the server refused</numerusform>
            <numerusform>%n changes the server refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) waiting to be sent</source>
        <translation>
            <numerusform>%n reply waiting to be sent</numerusform>
            <numerusform>%n replies waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) not saved as notes</source>
        <translation>
            <numerusform>%n draft not saved as notes</numerusform>
            <numerusform>%n drafts not saved as notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed out: {what}. Nothing was deleted. Let the console reconnect and sync, save or clear the drafts, then sign out again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING — practice contacts, not real people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{author}, {time}: {body}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of this conversation, oldest first. Ctrl+C copies the selected messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Open link {link}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnreadBadge</name>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <source>&amp;Lock the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate Console — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate Console — signed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RangeRow</name>
    <message>
        <source>Safe on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this safe time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
