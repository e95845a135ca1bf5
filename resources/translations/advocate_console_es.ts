<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Casework</source>
        <comment>Reply typed but not sent before the session left this console:</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casework</source>
        <comment>Note written but not saved before the session left this console:</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Casework</source>
        <comment>%n change(s) not synced yet</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Casework</source>
        <comment>%n conflict(s) to resolve</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Casework</source>
        <comment>%n change(s) the server refused</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Casework</source>
        <comment>%n reply(s) waiting to be sent</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Casework</source>
        <comment>%n draft(s) not saved as notes</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Casework</source>
        <comment>Not signed out: {what}. Nothing was deleted. Let the console reconnect and sync, save or clear the drafts, then sign out again.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>Crisis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>Tip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>Referral</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>Training and technical assistance</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>General information</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>High risk</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>Other</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disposition</source>
        <comment>Someone needs emergency help or a response within 24 hours, or a victim is known to be in immediate danger.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disposition</source>
        <comment>The contact knows of a specific possible trafficking situation or victim, with no known immediate danger.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>A request for services or for anti-trafficking contacts.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>A request for training, or for technical help with a case or program.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>Questions about trafficking or about the hotline, with no case.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disposition</source>
        <comment>Exploitation without clear force, fraud or coercion, or a related issue (domestic violence, child abuse, smuggling, runaway youth) with no trafficking indicators.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>None of the above (say why in the notes).</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Advocate Console</source>
        <extracomment>two chimes closer than this are one (a burst of messages is one sound) loudness of the soft sounds, against the chosen volume per session, the message ids already heard (an update or a replay is no news)</extracomment>
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
    <name>BoardActions</name>
    <message>
        <source>&amp;Reassign…</source>
        <extracomment>the advocate the lead points at (the roster&apos;s current row while it has focus)</extracomment>
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
        <extracomment>&quot;hold&quot; | &quot;resume&quot; | &quot;mute&quot; | &quot;unmute&quot; | &quot;drop_interpreter&quot; (BCP 47 language, interpreter id or &quot;&quot;): add an interpreter to the call</extracomment>
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
    <name>ChecklistPanel</name>
    <message>
        <source>Checklists</source>
        <extracomment>answered and total items of the run shown (0, 0 when none)</extracomment>
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
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Type a reply. Enter sends; Shift+Enter starts a new line.</source>
        <extracomment>the reply to send (white space trimmed at both ends) the draft, at most every ``DRAFT_DEBOUNCE_MS`` while typing</extracomment>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n character(s): a chat reply can have at most {limit}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>DispositionDialog</name>
    <message>
        <source>Category of this contact</source>
        <extracomment>the chosen ``Disposition`` value, when the dialog is accepted</extracomment>
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
    <name>LanguagePicker</name>
    <message>
        <source>Add an interpreter</source>
        <extracomment>(BCP 47 code, interpreter id or &quot;&quot;) when the dialog is accepted</extracomment>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageToggle</name>
    <message>
        <source>English</source>
        <extracomment>The safe-contact banner&apos;s colours (the widgets&apos; banner shades: readable in light and dark). Languages the content (checklists, the reporting guide, canned replies) comes in.</extracomment>
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
        <source>Sign &amp;out and end shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the console</source>
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
        <extracomment>True when the lock screen went up, False when it came down</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline. Notes and replies are saved on this computer and go out, in order, when the connection returns.</source>
        <extracomment>opens a confirmed link (tests replace it: nothing is opened for real)</extracomment>
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
        <source>Shift board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the console</source>
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
        <source>Advocate Console — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate Console — signed out</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <extracomment>What a dragged session carries: its id, UTF-8.</extracomment>
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
        <extracomment>a settable presence value the advocate chose (&quot;available&quot;, &quot;away&quot;, ...)</extracomment>
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
        <extracomment>a short referral for the reply box (never sent by the panel) a search finished (for tests and screen readers): the number of results</extracomment>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <extracomment>the stable name code uses to find it one or more key sequences (portable text such as &quot;Ctrl+Shift+A&quot;, or a standard key) what it does, in English (translated when shown) shown to shift leads only how the keys are written when they are a family (Alt+1 ... Alt+9)</extracomment>
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
        <extracomment>the number of messages that arrived below the visible part, 0 when none a link of a message the advocate chose to open (``LinkTarget``): confirm first</extracomment>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open link {link}…</source>
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
<context>
    <name>widget</name>
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
    <message>
        <source>Yes</source>
        <extracomment>Offered in the time-zone picker; any IANA name may be typed.</extracomment>
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
</TS>
