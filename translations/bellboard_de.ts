<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Autostart</name>
    <message>
        <source>starting at login is not supported on this system</source>
        <translation>Der Start bei der Anmeldung wird auf diesem System nicht unterstützt</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Bellboard, started at login</source>
        <translation>Bellboard, bei der Anmeldung gestartet</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ChannelAlertMenu</name>
    <message>
        <source>Mute for 30 minutes</source>
        <translation>30 Minuten stummschalten</translation>
    </message>
    <message>
        <source>Mute for 1 hour</source>
        <translation>1 Stunde stummschalten</translation>
    </message>
    <message>
        <source>Mute until tomorrow</source>
        <translation>Bis morgen stummschalten</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <source>Channel settings…</source>
        <translation>Kanaleinstellungen …</translation>
    </message>
    <message>
        <source>Not muted</source>
        <translation>Nicht stummgeschaltet</translation>
    </message>
    <message>
        <source>Muted until %1</source>
        <translation>Stumm bis %1</translation>
    </message>
    <message>
        <source>Muted until tomorrow, %1</source>
        <translation>Stumm bis morgen, %1</translation>
    </message>
    <message>
        <source>Muted until %1, %2</source>
        <translation>Stumm bis %1, %2</translation>
    </message>
</context>
<context>
    <name>ChannelPane</name>
    <message>
        <source>Channel shown in this pane</source>
        <translation>In diesem Bereich angezeigter Kanal</translation>
    </message>
    <message>
        <source>Notify mode</source>
        <translation>Benachrichtigungsart</translation>
    </message>
    <message>
        <source>Split right (Ctrl+\)</source>
        <translation>Nach rechts teilen (Strg+\)</translation>
    </message>
    <message>
        <source>Split right</source>
        <translation>Nach rechts teilen</translation>
    </message>
    <message>
        <source>◫</source>
        <translation>◫</translation>
    </message>
    <message>
        <source>Arrange panes</source>
        <translation>Bereiche anordnen</translation>
    </message>
    <message>
        <source>⋯</source>
        <translation>⋯</translation>
    </message>
    <message>
        <source>Close this pane (Ctrl+Shift+W)</source>
        <translation>Diesen Bereich schließen (Strg+Umschalt+W)</translation>
    </message>
    <message>
        <source>Close pane</source>
        <translation>Bereich schließen</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
</context>
<context>
    <name>ChannelSettingsDialog</name>
    <message>
        <source>Channel settings</source>
        <translation>Kanaleinstellungen</translation>
    </message>
    <message>
        <source>When an event arrives</source>
        <translation>Wenn ein Ereignis eintrifft</translation>
    </message>
    <message>
        <source>Notify mode</source>
        <translation>Benachrichtigungsart</translation>
    </message>
    <message>
        <source>&amp;Ring</source>
        <translation>&amp;Klingeln</translation>
    </message>
    <message>
        <source>Play the sound, show a desktop notification and bold the channel</source>
        <translation>Ton abspielen, Desktop-Benachrichtigung zeigen und den Kanal fett hervorheben</translation>
    </message>
    <message>
        <source>Plays the sound, shows a desktop notification, bolds the channel</source>
        <translation>Spielt den Ton ab, zeigt eine Desktop-Benachrichtigung und hebt den Kanal fett hervor</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>Nur &amp;fett markieren</translation>
    </message>
    <message>
        <source>Only bold the channel in the sidebar</source>
        <translation>Den Kanal nur in der Seitenleiste fett hervorheben</translation>
    </message>
    <message>
        <source>Only bolds the channel in the sidebar</source>
        <translation>Hebt den Kanal nur in der Seitenleiste fett hervor</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Stumm</translation>
    </message>
    <message>
        <source>Nothing at all: no sound, no notification, no bold</source>
        <translation>Gar nichts: kein Ton, keine Benachrichtigung, keine Hervorhebung</translation>
    </message>
    <message>
        <source>&amp;Celebrate</source>
        <translation>F&amp;eiern</translation>
    </message>
    <message>
        <source>Play the sound and make it rain in the feed, for good news</source>
        <translation>Ton abspielen und Münzen über den Verlauf regnen lassen – für gute Nachrichten</translation>
    </message>
    <message>
        <source>Plays the sound and makes it rain in the feed, for good news</source>
        <translation>Spielt den Ton ab und lässt Münzen über den Verlauf regnen – für gute Nachrichten</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>&amp;Sound:</source>
        <translation>&amp;Ton:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probehören</translation>
    </message>
    <message>
        <source>Play the sound at this volume now</source>
        <translation>Den Ton jetzt mit dieser Lautstärke abspielen</translation>
    </message>
    <message>
        <source>Test the sound</source>
        <translation>Ton probehören</translation>
    </message>
    <message>
        <source>Sound problem</source>
        <translation>Problem mit dem Ton</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>&amp;Escalate crit events: ring with the alarm even though this channel only goes bold</source>
        <translation>Kritische Ereignisse eskal&amp;ieren: mit dem Alarm klingeln, obwohl dieser Kanal nur fett wird</translation>
    </message>
    <message>
        <source>Mute for a while</source>
        <translation>Vorübergehend stummschalten</translation>
    </message>
    <message>
        <source>Mute state</source>
        <translation>Stummschaltung</translation>
    </message>
    <message>
        <source>&amp;30 minutes</source>
        <translation>&amp;30 Minuten</translation>
    </message>
    <message>
        <source>Mute for 30 minutes</source>
        <translation>30 Minuten stummschalten</translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation>&amp;1 Stunde</translation>
    </message>
    <message>
        <source>Mute for 1 hour</source>
        <translation>1 Stunde stummschalten</translation>
    </message>
    <message>
        <source>Until t&amp;omorrow</source>
        <translation>Bis &amp;morgen</translation>
    </message>
    <message>
        <source>Mute until tomorrow</source>
        <translation>Bis morgen stummschalten</translation>
    </message>
    <message>
        <source>U&amp;nmute</source>
        <translation>Stummschaltung a&amp;ufheben</translation>
    </message>
    <message>
        <source>Problem saving the settings</source>
        <translation>Problem beim Speichern der Einstellungen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Keep events in &lt;dir&gt; instead of the user&apos;s data folder.</source>
        <translation>Ereignisse in &lt;dir&gt; statt im Datenordner des Benutzers speichern.</translation>
    </message>
    <message>
        <source>Read the configuration from &lt;file&gt; instead of the user&apos;s config folder.</source>
        <translation>Die Konfiguration aus &lt;file&gt; statt aus dem Konfigurationsordner des Benutzers lesen.</translation>
    </message>
    <message>
        <source>`%1` could not start: %2</source>
        <translation>„%1“ konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>`%1` crashed after %2 s</source>
        <translation>„%1“ ist nach %2 s abgestürzt</translation>
    </message>
    <message>
        <source>`%1` failed with exit status %2 after %3 s</source>
        <translation>„%1“ ist nach %3 s mit Exit-Status %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>`%1` succeeded in %2 s</source>
        <translation>„%1“ war nach %2 s erfolgreich</translation>
    </message>
    <message>
        <source>Run a command and post its outcome (exit status, duration, the tail of its output); exit with the command&apos;s status. For scheduled tasks: bellboard run -c application-stats -- ./nightly-cleanup.sh</source>
        <translation>Einen Befehl ausführen und sein Ergebnis melden (Exit-Status, Dauer, das Ende seiner Ausgabe); endet mit dem Status des Befehls. Für geplante Aufgaben: bellboard run -c application-stats -- ./nightly-cleanup.sh</translation>
    </message>
    <message>
        <source>Post to &lt;channel&gt; (default: application-stats).</source>
        <translation>An &lt;channel&gt; senden (Standard: application-stats).</translation>
    </message>
    <message>
        <source>Name the task in the post (default: the command).</source>
        <translation>Name der Aufgabe in der Meldung (Standard: der Befehl).</translation>
    </message>
    <message>
        <source>Sender name shown with the event.</source>
        <translation>Absendername, der beim Ereignis angezeigt wird.</translation>
    </message>
    <message>
        <source>The command and its arguments, after --.</source>
        <translation>Der Befehl und seine Argumente, nach --.</translation>
    </message>
    <message>
        <source>no command given: bellboard run [-c CHANNEL] -- COMMAND [ARG…]</source>
        <translation>kein Befehl angegeben: bellboard run [-c KANAL] -- BEFEHL [ARG …]</translation>
    </message>
    <message>
        <source>the outcome could not be posted: %1</source>
        <translation>das Ergebnis konnte nicht gemeldet werden: %1</translation>
    </message>
    <message>
        <source>bellboard: no instance is running; the outcome was written to the store directly</source>
        <translation>bellboard: Es läuft keine Instanz; das Ergebnis wurde direkt in den Speicher geschrieben</translation>
    </message>
    <message>
        <source>Print the events as a JSON array.</source>
        <translation>Die Ereignisse als JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; events (default %1).</source>
        <translation>Höchstens &lt;n&gt; Ereignisse zeigen (Standard: %1).</translation>
    </message>
    <message>
        <source>Only events older than event &lt;id&gt; (paging).</source>
        <translation>Nur Ereignisse, die älter sind als Ereignis &lt;id&gt; (zum Blättern).</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Wonach gesucht wird.</translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation>--limit muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>--before must be an event id</source>
        <translation>--before muss eine Ereignis-ID sein</translation>
    </message>
    <message>
        <source>no events stored yet (%1 does not exist)</source>
        <translation>noch keine Ereignisse gespeichert (%1 existiert nicht)</translation>
    </message>
    <message>
        <source>(more: add --before %1)</source>
        <translation>(weitere: --before %1 anhängen)</translation>
    </message>
    <message>
        <source>Secret (input hidden): </source>
        <translation>Geheimnis (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>Keep a named secret (an ingest token, a command&apos;s signing secret) in the system keychain.
  set NAME      read the value from standard input (hidden on a terminal)
  delete NAME   remove it
The config file refers to secrets by NAME only. Without a keychain (headless servers),
set the environment variable BELLBOARD_SECRET_&lt;NAME&gt; instead.</source>
        <translation>Ein benanntes Geheimnis (ein Ingest-Token, das Signaturgeheimnis eines Befehls) im Schlüsselbund des Systems ablegen.
  set NAME      den Wert von der Standardeingabe lesen (im Terminal verborgen)
  delete NAME   es entfernen
Die Konfigurationsdatei nennt Geheimnisse nur beim NAMEN. Ohne Schlüsselbund (Server ohne Desktop)
setzen Sie stattdessen die Umgebungsvariable BELLBOARD_SECRET_&lt;NAME&gt;.</translation>
    </message>
    <message>
        <source>set or delete</source>
        <translation>set oder delete</translation>
    </message>
    <message>
        <source>The secret&apos;s name.</source>
        <translation>Der Name des Geheimnisses.</translation>
    </message>
    <message>
        <source>usage: bellboard secret set|delete NAME</source>
        <translation>Aufruf: bellboard secret set|delete NAME</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a secret name (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</source>
        <translation>„%1“ ist kein gültiger Name für ein Geheimnis (Buchstaben, Ziffern, „-“, „_“, „.“)</translation>
    </message>
    <message>
        <source>empty secret: nothing stored</source>
        <translation>leeres Geheimnis: nichts gespeichert</translation>
    </message>
    <message>
        <source>Post to &lt;channel&gt; (default: %1).</source>
        <translation>An &lt;channel&gt; senden (Standard: %1).</translation>
    </message>
    <message>
        <source>The end user the event concerns (e-mail or @handle).</source>
        <translation>Der Endbenutzer, den das Ereignis betrifft (E-Mail oder @Name).</translation>
    </message>
    <message>
        <source>A title for the event.</source>
        <translation>Ein Titel für das Ereignis.</translation>
    </message>
    <message>
        <source>bellboard: no instance is running; the event was written to the store directly</source>
        <translation>bellboard: Es läuft keine Instanz; das Ereignis wurde direkt in den Speicher geschrieben</translation>
    </message>
    <message>
        <source>Post an event. The text comes from the arguments, or from standard input when there are none.</source>
        <translation>Ein Ereignis senden. Der Text kommt aus den Argumenten oder, wenn keine angegeben sind, von der Standardeingabe.</translation>
    </message>
    <message>
        <source>the configured default channel</source>
        <translation>der eingestellte Standardkanal</translation>
    </message>
    <message>
        <source>info, warn or crit (default info).</source>
        <translation>info, warn oder crit (Standard: info).</translation>
    </message>
    <message>
        <source>The event&apos;s text.</source>
        <translation>Der Text des Ereignisses.</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos; (info, warn, crit)</source>
        <translation>unbekannte Stufe „%1“ (info, warn, crit)</translation>
    </message>
    <message>
        <source>no text to send (give it as arguments or on standard input)</source>
        <translation>kein Text zum Senden (als Argumente oder über die Standardeingabe angeben)</translation>
    </message>
    <message>
        <source>Run everything but the window.</source>
        <translation>Alles außer dem Fenster ausführen.</translation>
    </message>
    <message>
        <source>Listen on &lt;addr:port&gt; instead of the configured address (default 127.0.0.1:%1).</source>
        <translation>Auf &lt;addr:port&gt; statt auf der eingestellten Adresse empfangen (Standard: 127.0.0.1:%1).</translation>
    </message>
    <message>
        <source>Fill the channels with a realistic live stream of sample events.</source>
        <translation>Die Kanäle mit einem realistischen Live-Strom von Beispielereignissen füllen.</translation>
    </message>
    <message>
        <source>Full-screen wall mode showing &lt;channels&gt; (comma-separated).</source>
        <translation>Wandmodus im Vollbild mit den &lt;channels&gt; (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source> (using the default)</source>
        <translation> (die Voreinstellung wird verwendet)</translation>
    </message>
    <message>
        <source>--listen: &apos;%1&apos; is not an address such as 127.0.0.1:%2</source>
        <translation>--listen: „%1“ ist keine Adresse wie 127.0.0.1:%2</translation>
    </message>
    <message>
        <source>--wall: name the channels to show, such as --wall user-behavior,financials</source>
        <translation>--wall: Nennen Sie die anzuzeigenden Kanäle, etwa --wall user-behavior,financials</translation>
    </message>
    <message>
        <source>Bellboard is already running; its window was brought forward.</source>
        <translation>Bellboard läuft bereits; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>Bellboard is listening on %1 and storing events in %2</source>
        <translation>Bellboard empfängt auf %1 und speichert Ereignisse in %2</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Empfang auf %1</translation>
    </message>
    <message>
        <source>Slack&apos;s Web API at &lt;url&gt; instead of [slack] api_url (an enterprise proxy, tests).</source>
        <translation>Die Web-API von Slack unter &lt;url&gt; statt [slack] api_url verwenden (ein Unternehmens-Proxy, Tests).</translation>
    </message>
    <message>
        <source>--slack-api-url: &apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>--slack-api-url: „%1“ ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source> (the command is left out)</source>
        <translation> (der Befehl wird ausgelassen)</translation>
    </message>
    <message>
        <source>Slack&apos;s Web API at &lt;url&gt; instead of [slack] api_url.</source>
        <translation>Die Web-API von Slack unter &lt;url&gt; statt [slack] api_url verwenden.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Connect a Slack workspace. Reads two lines from standard input: the bot token (xoxb-…), then
the app-level token (xapp-…, scope connections:write); hidden on a terminal. Both are checked
with Slack, then kept in the system keychain (never in a file).</source>
        <translation>Einen Slack-Workspace verbinden. Liest zwei Zeilen von der Standardeingabe: das Bot-Token (xoxb-…), dann
das App-Level-Token (xapp-…, Scope connections:write); im Terminal verborgen. Beide werden bei Slack
geprüft und dann im Schlüsselbund des Systems abgelegt (nie in einer Datei).</translation>
    </message>
    <message>
        <source>slack login takes no arguments: the tokens are read from standard input, never the command line</source>
        <translation>slack login nimmt keine Argumente an: Die Tokens werden von der Standardeingabe gelesen, nie von der Befehlszeile</translation>
    </message>
    <message>
        <source>Bot token (xoxb-…, input hidden): </source>
        <translation>Bot-Token (xoxb-…, Eingabe verborgen): </translation>
    </message>
    <message>
        <source>App-level token (xapp-…, input hidden): </source>
        <translation>App-Level-Token (xapp-…, Eingabe verborgen): </translation>
    </message>
    <message>
        <source>two lines needed: the bot token, then the app-level token; nothing stored</source>
        <translation>zwei Zeilen nötig: das Bot-Token, dann das App-Level-Token; nichts gespeichert</translation>
    </message>
    <message>
        <source>; nothing stored</source>
        <translation>; nichts gespeichert</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2. Choose channels with `bellboard slack mirror NAME…`.</source>
        <translation>Bei %1 als %2 angemeldet. Wählen Sie Kanäle mit `bellboard slack mirror NAME…` aus.</translation>
    </message>
    <message>
        <source>Revoke the bot token with Slack (auth.revoke) and remove both tokens from the keychain.</source>
        <translation>Das Bot-Token bei Slack widerrufen (auth.revoke) und beide Tokens aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>bellboard: Slack did not revoke the token (%1); removing it here anyway</source>
        <translation>bellboard: Slack hat das Token nicht widerrufen (%1); es wird hier trotzdem entfernt</translation>
    </message>
    <message>
        <source>The token was revoked. The tokens come from BELLBOARD_SECRET_SLACK_* environment variables: remove them from the service&apos;s environment.</source>
        <translation>Das Token wurde widerrufen. Die Tokens stammen aus den Umgebungsvariablen BELLBOARD_SECRET_SLACK_*: Entfernen Sie sie aus der Umgebung des Dienstes.</translation>
    </message>
    <message>
        <source>Logged out: the token is revoked and both tokens are removed from the keychain.</source>
        <translation>Abgemeldet: Das Token ist widerrufen, und beide Tokens wurden aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Show the running Bellboard&apos;s Slack connection and the mirrored channels.</source>
        <translation>Die Slack-Verbindung des laufenden Bellboard und die gespiegelten Kanäle anzeigen.</translation>
    </message>
    <message>
        <source>none (bellboard slack mirror NAME…)</source>
        <translation>keine (bellboard slack mirror NAME…)</translation>
    </message>
    <message>
        <source>Slack: Bellboard is not running</source>
        <translation>Slack: Bellboard läuft nicht</translation>
    </message>
    <message>
        <source>Tokens: %1</source>
        <translation>Tokens: %1</translation>
    </message>
    <message>
        <source>from the environment</source>
        <translation>aus der Umgebung</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <source>Mirrored channels: %1</source>
        <translation>Gespiegelte Kanäle: %1</translation>
    </message>
    <message>
        <source>Slack: %1</source>
        <translation>Slack: %1</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>List the workspace&apos;s channels the app can see (conversations.list).</source>
        <translation>Die Kanäle des Workspace auflisten, die die App sehen kann (conversations.list).</translation>
    </message>
    <message>
        <source>listing channels</source>
        <translation>beim Auflisten der Kanäle</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>not a member: /invite the app to mirror it</source>
        <translation>kein Mitglied: Laden Sie die App mit /invite ein, um den Kanal zu spiegeln</translation>
    </message>
    <message>
        <source>mirrored</source>
        <translation>gespiegelt</translation>
    </message>
    <message>
        <source>Slack channel names (or ids).</source>
        <translation>Namen (oder IDs) von Slack-Kanälen.</translation>
    </message>
    <message>
        <source>Mirror Slack channels: adds them to [slack] mirror in bellboard.toml (comments kept).</source>
        <translation>Slack-Kanäle spiegeln: fügt sie unter [slack] mirror in bellboard.toml hinzu (Kommentare bleiben erhalten).</translation>
    </message>
    <message>
        <source>Stop mirroring Slack channels: removes them from [slack] mirror (stored messages stay).</source>
        <translation>Spiegeln von Slack-Kanälen beenden: entfernt sie aus [slack] mirror (gespeicherte Nachrichten bleiben erhalten).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Slack channel name</source>
        <translation>„%1“ ist kein Slack-Kanalname</translation>
    </message>
    <message>
        <source>usage: bellboard slack mirror CHANNEL…</source>
        <translation>Aufruf: bellboard slack mirror KANAL …</translation>
    </message>
    <message>
        <source>usage: bellboard slack unmirror CHANNEL…</source>
        <translation>Aufruf: bellboard slack unmirror KANAL …</translation>
    </message>
    <message>
        <source>checking the channels</source>
        <translation>beim Prüfen der Kanäle</translation>
    </message>
    <message>
        <source>no channel #%1 that the app can see (bellboard slack channels lists them); nothing changed</source>
        <translation>kein Kanal #%1, den die App sehen kann (bellboard slack channels listet sie auf); nichts geändert</translation>
    </message>
    <message>
        <source>bellboard: the app is not in #%1 yet: in Slack, type /invite @&lt;your app&gt; in #%1</source>
        <translation>bellboard: Die App ist noch nicht in #%1: Geben Sie in Slack in #%1 /invite @&lt;Ihre App&gt; ein</translation>
    </message>
    <message>
        <source>#%1 is not mirrored (mirrored: %2); nothing changed</source>
        <translation>#%1 wird nicht gespiegelt (gespiegelt: %2); nichts geändert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>usage: bellboard slack ACTION [--help]
  login              read the bot token and the app-level token from stdin into the keychain
  logout             revoke the token with Slack and remove both from the keychain
  status             the running Bellboard&apos;s connection (connected, reconnecting in N s, …)
  channels           list the workspace&apos;s channels
  mirror CHANNEL…    mirror channels (saved in bellboard.toml [slack] mirror)
  unmirror CHANNEL…  stop mirroring them
Every action takes --slack-api-url URL, --config FILE and --data-dir DIR.</source>
        <translation>Aufruf: bellboard slack AKTION [--help]
  login              Bot-Token und App-Level-Token von stdin lesen und im Schlüsselbund ablegen
  logout             das Token bei Slack widerrufen und beide aus dem Schlüsselbund entfernen
  status             die Verbindung des laufenden Bellboard (verbunden, erneute Verbindung in N s, …)
  channels           die Kanäle des Workspace auflisten
  mirror KANAL …     Kanäle spiegeln (gespeichert in bellboard.toml [slack] mirror)
  unmirror KANAL …   Spiegeln der Kanäle beenden
Jede Aktion akzeptiert --slack-api-url URL, --config DATEI und --data-dir ORDNER.</translation>
    </message>
    <message>
        <source>unknown slack action &apos;%1&apos;
%2</source>
        <translation>unbekannte slack-Aktion „%1“
%2</translation>
    </message>
    <message>
        <source>Use the Bellboard server at &lt;url&gt; (log in first: bellboard remote login URL) instead of this machine&apos;s store; [remote] server is used when neither --server nor --data-dir is given.</source>
        <translation>Den Bellboard-Server unter &lt;url&gt; (zuerst anmelden: bellboard remote login URL) statt des Speichers dieses Rechners verwenden; [remote] server wird verwendet, wenn weder --server noch --data-dir angegeben ist.</translation>
    </message>
    <message>
        <source>--server: &apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>--server: „%1“ ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>not logged in to %1: run bellboard remote login %1 first</source>
        <translation>nicht bei %1 angemeldet: Führen Sie zuerst bellboard remote login %1 aus</translation>
    </message>
    <message>
        <source>not logged in to %1 (the keychain&apos;s token is for %2): run bellboard remote login %1 first</source>
        <translation>nicht bei %1 angemeldet (das Token im Schlüsselbund gilt für %2): Führen Sie zuerst bellboard remote login %1 aus</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>kein Server</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is %1, not the %2 given with --%3; nothing stored</source>
        <translation>das Zertifikat des Servers ist %1, nicht das mit --%3 angegebene %2; nichts gespeichert</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by a certificate authority this system trusts (%1).</source>
        <translation>Das Zertifikat des Servers ist von keiner Zertifizierungsstelle signiert, der dieses System vertraut (%1).</translation>
    </message>
    <message>
        <source>  subject: %1</source>
        <translation>  Inhaber: %1</translation>
    </message>
    <message>
        <source>  valid until: %1</source>
        <translation>  gültig bis: %1</translation>
    </message>
    <message>
        <source>  SHA-256 fingerprint: %1</source>
        <translation>  SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>not trusted; nothing stored. Compare the fingerprint with the server&apos;s (openssl x509 -in CERTIFICATE -noout -fingerprint -sha256) and pass --%1 FINGERPRINT</source>
        <translation>nicht vertraut; nichts gespeichert. Vergleichen Sie den Fingerabdruck mit dem des Servers (openssl x509 -in CERTIFICATE -noout -fingerprint -sha256) und übergeben Sie --%1 FINGERABDRUCK</translation>
    </message>
    <message>
        <source>Compare it with the server&apos;s (openssl x509 -in CERTIFICATE -noout -fingerprint -sha256).</source>
        <translation>Vergleichen Sie ihn mit dem des Servers (openssl x509 -in CERTIFICATE -noout -fingerprint -sha256).</translation>
    </message>
    <message>
        <source>Trust this certificate and pin it for %1? (yes/no): </source>
        <translation>Diesem Zertifikat vertrauen und es für %1 festlegen? (yes/no): </translation>
    </message>
    <message>
        <source>not trusted; nothing stored</source>
        <translation>nicht vertraut; nichts gespeichert</translation>
    </message>
    <message>
        <source>The server, such as https://bellboard.example:2355.</source>
        <translation>Der Server, etwa https://bellboard.example:2355.</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate when its SHA-256 fingerprint is &lt;hex&gt; (for a self-signed certificate, without asking).</source>
        <translation>Dem Zertifikat des Servers vertrauen, wenn sein SHA-256-Fingerabdruck &lt;hex&gt; ist (bei einem selbstsignierten Zertifikat ohne Nachfrage).</translation>
    </message>
    <message>
        <source>Attach this console to a Bellboard server. Reads your token from standard input (hidden on a terminal), checks it with the server, keeps it in the system keychain and writes [remote] server to bellboard.toml. A certificate no system CA vouches for is shown by its fingerprint and pinned.</source>
        <translation>Diese Konsole mit einem Bellboard-Server verbinden. Liest Ihr Token von der Standardeingabe (im Terminal verborgen), prüft es beim Server, legt es im Schlüsselbund des Systems ab und schreibt [remote] server in bellboard.toml. Ein Zertifikat, für das keine Zertifizierungsstelle des Systems bürgt, wird mit seinem Fingerabdruck angezeigt und festgelegt.</translation>
    </message>
    <message>
        <source>usage: bellboard remote login URL (the token is read from standard input, never the command line)</source>
        <translation>Aufruf: bellboard remote login URL (das Token wird von der Standardeingabe gelesen, nie von der Befehlszeile)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>„%1“ ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a SHA-256 fingerprint (64 hex digits)</source>
        <translation>--%1: „%2“ ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>--%1 needs an https:// server</source>
        <translation>--%1 erfordert einen https://-Server</translation>
    </message>
    <message>
        <source>bellboard: warning: %1 is plain HTTP: your token crosses the network unencrypted</source>
        <translation>bellboard: Warnung: %1 ist unverschlüsseltes HTTP: Ihr Token wird unverschlüsselt über das Netzwerk übertragen</translation>
    </message>
    <message>
        <source>Token for %1 (input hidden): </source>
        <translation>Token für %1 (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>no token given on standard input; nothing stored</source>
        <translation>kein Token auf der Standardeingabe angegeben; nichts gespeichert</translation>
    </message>
    <message>
        <source>the server refused the token (%1); nothing stored</source>
        <translation>der Server hat das Token abgelehnt (%1); nichts gespeichert</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2 (%3)</source>
        <translation>Bei %1 angemeldet als %2 (%3)</translation>
    </message>
    <message>
        <source>Certificate pinned: %1</source>
        <translation>Zertifikat festgelegt: %1</translation>
    </message>
    <message>
        <source>Detach this console: removes your token from the keychain and [remote] from bellboard.toml.</source>
        <translation>Diese Konsole trennen: entfernt Ihr Token aus dem Schlüsselbund und [remote] aus bellboard.toml.</translation>
    </message>
    <message>
        <source>Not attached to a server; the keychain holds no token for one now.</source>
        <translation>Nicht mit einem Server verbunden; der Schlüsselbund enthält jetzt kein Token dafür.</translation>
    </message>
    <message>
        <source>Logged out of %1: the token is removed from the keychain and [remote] from the config.</source>
        <translation>Von %1 abgemeldet: Das Token wurde aus dem Schlüsselbund und [remote] aus der Konfiguration entfernt.</translation>
    </message>
    <message>
        <source>Show the server this console is attached to, who you are there, and the pinned certificate.</source>
        <translation>Den Server anzeigen, mit dem diese Konsole verbunden ist, wer Sie dort sind, und das festgelegte Zertifikat.</translation>
    </message>
    <message>
        <source>Not attached to a server (bellboard remote login URL)</source>
        <translation>Nicht mit einem Server verbunden (bellboard remote login URL)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>none (plain HTTP)</source>
        <translation>keines (unverschlüsseltes HTTP)</translation>
    </message>
    <message>
        <source>checked by the system&apos;s certificate authorities</source>
        <translation>von den Zertifizierungsstellen des Systems geprüft</translation>
    </message>
    <message>
        <source>pinned, SHA-256 %1</source>
        <translation>festgelegt, SHA-256 %1</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <source>none in the keychain (bellboard remote login %1)</source>
        <translation>keines im Schlüsselbund (bellboard remote login %1)</translation>
    </message>
    <message>
        <source>User: unknown: %1</source>
        <translation>Benutzer: unbekannt: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>usage: bellboard remote ACTION [--help]
  login URL   attach to a Bellboard server: your token from stdin into the keychain
  logout      detach: remove the token and [remote] from the config
  status      the server, your user and role there, the pinned certificate
Every action takes --config FILE.</source>
        <translation>Aufruf: bellboard remote AKTION [--help]
  login URL   mit einem Bellboard-Server verbinden: Ihr Token von stdin in den Schlüsselbund
  logout      trennen: das Token und [remote] aus der Konfiguration entfernen
  status      der Server, Ihr Benutzer und Ihre Rolle dort, das festgelegte Zertifikat
Jede Aktion akzeptiert --config DATEI.</translation>
    </message>
    <message>
        <source>Search the stored events, newest first. Reads the store directly; safe while Bellboard runs.
With --server (or [remote] server in the config), the server searches its store.

Query language: words, &quot;a phrase&quot;, -excluded, user:alice@example.com, in:#channel,
level:info|warn|crit, from:sender, after:2026-11-01, before:2026-11-24T12:00, today, yesterday.</source>
        <translation>Die gespeicherten Ereignisse durchsuchen, neueste zuerst. Liest den Speicher direkt; unbedenklich, während Bellboard läuft.
Mit --server (oder [remote] server in der Konfiguration) durchsucht der Server seinen Speicher.

Abfragesprache: Wörter, &quot;eine Phrase&quot;, -ausgeschlossen, user:alice@example.com, in:#kanal,
level:info|warn|crit, from:absender, after:2026-11-01, before:2026-11-24T12:00, today, yesterday.</translation>
    </message>
    <message>
        <source>--as: on a server, events are posted in your name</source>
        <translation>--as: auf einem Server werden Ereignisse in Ihrem Namen gesendet</translation>
    </message>
    <message>
        <source>Store events at &lt;url&gt; (postgresql://…) or in the SQLite file &lt;url&gt; for this run, instead of [store] url or the data folder.</source>
        <translation>Ereignisse für diesen Lauf unter &lt;url&gt; (postgresql://…) oder in der SQLite-Datei &lt;url&gt; speichern, statt in [store] url oder im Datenordner.</translation>
    </message>
    <message>
        <source>Bellboard: a monitoring console for the events your applications post.

Subcommands: send, run, search, secret, slack, remote, store (see `bellboard SUBCOMMAND --help`).</source>
        <translation>Bellboard: eine Überwachungskonsole für die Ereignisse, die Ihre Anwendungen senden.

Unterbefehle: send, run, search, secret, slack, remote, store (siehe `bellboard UNTERBEFEHL --help`).</translation>
    </message>
    <message>
        <source>Open the window attached to the Bellboard server at &lt;url&gt; for this run (log in first: bellboard remote login URL); [remote] server does it for every run.</source>
        <translation>Das Fenster für diesen Lauf mit dem Bellboard-Server unter &lt;url&gt; verbinden (zuerst anmelden: bellboard remote login URL); [remote] server tut es bei jedem Lauf.</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (send, run, search, secret, slack, remote, store)</source>
        <translation>unbekannter Unterbefehl &apos;%1&apos; (send, run, search, secret, slack, remote, store)</translation>
    </message>
    <message>
        <source>--connect attaches a window to a server: it does not go with --headless</source>
        <translation>--connect verbindet ein Fenster mit einem Server: es passt nicht zu --headless</translation>
    </message>
    <message>
        <source>--connect: &apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>--connect: &apos;%1&apos; ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>Checking the target…</source>
        <translation>Ziel wird geprüft…</translation>
    </message>
    <message>
        <source>Checking the target: %1 of %2 events</source>
        <translation>Ziel wird geprüft: %1 von %2 Ereignissen</translation>
    </message>
    <message>
        <source>Copying events: %1 of %2 (%3%)</source>
        <translation>Ereignisse werden kopiert: %1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Copying read positions and read markers…</source>
        <translation>Lesepositionen und Lesemarken werden kopiert…</translation>
    </message>
    <message>
        <source>Copy every event (with its id), channel, acknowledgement, read marker and the Slack mirror&apos;s
positions from one store into another: a SQLite file into PostgreSQL, or back.
Run it again after an interruption: it continues where it stopped. It refuses a target that
holds other events, and compares the rows of each table at the end.</source>
        <translation>Jedes Ereignis (mit seiner ID), jeden Kanal, jede Bestätigung, jede Lesemarke und die Positionen
des Slack-Spiegels von einem Speicher in einen anderen kopieren: eine SQLite-Datei nach PostgreSQL oder zurück.
Nach einer Unterbrechung erneut ausführen: es setzt dort fort, wo es aufgehört hat. Ein Ziel mit
anderen Ereignissen wird abgelehnt; am Ende werden die Zeilen jeder Tabelle verglichen.</translation>
    </message>
    <message>
        <source>The store to copy: a SQLite file or a postgresql:// URL.</source>
        <translation>Der zu kopierende Speicher: eine SQLite-Datei oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>The store to copy into (created when missing).</source>
        <translation>Der Speicher, in den kopiert wird (wird angelegt, wenn er fehlt).</translation>
    </message>
    <message>
        <source>usage: bellboard store copy --from PATH_OR_URL --to PATH_OR_URL</source>
        <translation>Aufruf: bellboard store copy --from PFAD_ODER_URL --to PFAD_ODER_URL</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>%1 (source %2, target %3)</source>
        <translation>%1 (Quelle %2, Ziel %3)</translation>
    </message>
    <message>
        <source>the copy&apos;s counts differ: %1</source>
        <translation>die Zählungen der Kopie weichen ab: %1</translation>
    </message>
    <message>
        <source>usage: bellboard store ACTION [--help]
  copy --from PATH_OR_URL --to PATH_OR_URL   copy a store into another (SQLite, PostgreSQL)</source>
        <translation>Aufruf: bellboard store AKTION [--help]
  copy --from PFAD_ODER_URL --to PFAD_ODER_URL   einen Speicher in einen anderen kopieren (SQLite, PostgreSQL)</translation>
    </message>
    <message>
        <source>Bellboard is attached to %1 as %2</source>
        <translation>Bellboard ist mit %1 verbunden als %2</translation>
    </message>
    <message>
        <source>Attached to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set)</source>
        <translation>kein Display gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt)</translation>
    </message>
    <message>
        <source>the window cannot be loaded (%1)</source>
        <translation>das Fenster kann nicht geladen werden (%1)</translation>
    </message>
    <message>
        <source>With --connect: trust the server&apos;s certificate when its SHA-256 fingerprint is &lt;hex&gt; (a self-signed server other than [remote] server).</source>
        <translation>Mit --connect: dem Zertifikat des Servers vertrauen, wenn sein SHA-256-Fingerabdruck &lt;hex&gt; ist (ein selbstsignierter Server außer [remote] server).</translation>
    </message>
    <message>
        <source>--connect opens a window attached to a server, and none can open here: %1</source>
        <translation>--connect öffnet ein mit einem Server verbundenes Fenster, und hier kann keines geöffnet werden: %1</translation>
    </message>
    <message>
        <source>--certificate-sha256: &apos;%1&apos; is not a SHA-256 fingerprint (64 hex digits)</source>
        <translation>--certificate-sha256: „%1“ ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>--certificate-sha256 goes with --connect to an https:// server</source>
        <translation>--certificate-sha256 gehört zu --connect mit einem https://-Server</translation>
    </message>
    <message>
        <source>%1; running headless.</source>
        <translation>%1; läuft ohne Fenster.</translation>
    </message>
    <message>
        <source>the server&apos;s commands are unavailable: %1</source>
        <translation>die Befehle des Servers sind nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>ConfigEditor</name>
    <message>
        <source>the channel&apos;s entry would not read back as saved (%1 is edited in an unusual way: change it by hand)</source>
        <translation>der Eintrag des Kanals ließe sich nicht so zurücklesen, wie er gespeichert würde (%1 ist ungewöhnlich geschrieben: bitte von Hand ändern)</translation>
    </message>
    <message>
        <source>the config file has an error at line %1 (%2); fix it first</source>
        <translation>die Konfigurationsdatei hat in Zeile %1 einen Fehler (%2); bitte zuerst beheben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid channel name</source>
        <translation>„%1“ ist kein gültiger Kanalname</translation>
    </message>
    <message>
        <source>&apos;channels&apos; in the config file is not a list of [[channels]] tables; edit it by hand</source>
        <translation>„channels“ ist in der Konfigurationsdatei keine Liste von [[channels]]-Tabellen; bitte von Hand bearbeiten</translation>
    </message>
    <message>
        <source>the config file lists channels inline; edit %1 by hand</source>
        <translation>die Konfigurationsdatei führt die Kanäle inline auf; bitte %1 von Hand bearbeiten</translation>
    </message>
    <message>
        <source>[%1] in the config file is not written as a [%1] table; edit it by hand</source>
        <translation>[%1] steht in der Konfigurationsdatei nicht als [%1]-Tabelle; bitte von Hand bearbeiten</translation>
    </message>
    <message>
        <source>[%1] %2 would not read back as saved; change it by hand</source>
        <translation>[%1] %2 ließe sich nicht so zurücklesen, wie es gespeichert würde; bitte von Hand ändern</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not saved to %1: %2</source>
        <translation>nicht in %1 gespeichert: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>[%1] %2 is not a key Bellboard knows</source>
        <translation>[%1] %2 ist kein Schlüssel, den Bellboard kennt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bellboard</source>
        <translation>Bellboard</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Ctrl+K to switch channels</source>
        <translation>Strg+K wechselt den Kanal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Switch Channel…</source>
        <translation>Kanal wechseln …</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Previous Channel</source>
        <translation>Vorheriger Kanal</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Next Channel</source>
        <translation>Nächster Kanal</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Jump to Newest</source>
        <translation>Zum Neuesten springen</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Start Bellboard when I log in</source>
        <translation>Bellboard bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <source>Receiving events</source>
        <translation>Ereignisse empfangen</translation>
    </message>
    <message>
        <source>Listen &amp;on:</source>
        <translation>&amp;Empfangsadresse:</translation>
    </message>
    <message>
        <source>Address and port senders post to. Any address other than 127.0.0.1 needs an ingest token.</source>
        <translation>Adresse und Port, an die Absender ihre Ereignisse schicken. Jede andere Adresse als 127.0.0.1 braucht ein Ingest-Token.</translation>
    </message>
    <message>
        <source>Largest &amp;request:</source>
        <translation>Größte A&amp;nfrage:</translation>
    </message>
    <message>
        <source>Larger request bodies are refused (HTTP 413). For example 512KiB, 1MiB, 4MB.</source>
        <translation>Größere Anfragen werden abgewiesen (HTTP 413). Zum Beispiel 512KiB, 1MiB, 4MB.</translation>
    </message>
    <message>
        <source>&amp;Create a channel the first time a sender names it</source>
        <translation>&amp;Kanal anlegen, sobald ein Absender ihn zum ersten Mal nennt</translation>
    </message>
    <message>
        <source>Keeping events</source>
        <translation>Ereignisse aufbewahren</translation>
    </message>
    <message>
        <source>Delete events older &amp;than:</source>
        <translation>Aufbewahren &amp;für:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Keep at &amp;most:</source>
        <translation>&amp;Höchstens behalten:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Changes to the language and to receiving events take effect the next time Bellboard starts.</source>
        <translation>Änderungen an der Sprache und am Empfang von Ereignissen gelten ab dem nächsten Start von Bellboard.</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Switch Channel</source>
        <translation>Kanal wechseln</translation>
    </message>
    <message>
        <source>Jump to a channel…</source>
        <translation>Zu einem Kanal springen …</translation>
    </message>
    <message>
        <source>Channel name filter</source>
        <translation>Filter für Kanalnamen</translation>
    </message>
    <message>
        <source>Matching channels</source>
        <translation>Passende Kanäle</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>Suchanfrage</translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, user:, in:#channel, level:, from:, after:, before:</source>
        <translation>Suche: Wörter, &quot;eine Phrase&quot;, user:, in:#kanal, level:, from:, after:, before:</translation>
    </message>
    <message>
        <source>Query error</source>
        <translation>Fehler in der Suchanfrage</translation>
    </message>
    <message>
        <source>Result count</source>
        <translation>Anzahl der Treffer</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
</context>
<context>
    <name>SlackChannelsDialog</name>
    <message>
        <source>Slack Channels</source>
        <translation>Slack-Kanäle</translation>
    </message>
    <message>
        <source>Tick the channels to mirror. Their messages show, ring and search like local channels; unticking keeps what was already stored.</source>
        <translation>Wählen Sie die Kanäle aus, die gespiegelt werden sollen. Ihre Nachrichten erscheinen, läuten und lassen sich durchsuchen wie in lokalen Kanälen; wenn Sie einen Kanal abwählen, bleibt bereits Gespeichertes erhalten.</translation>
    </message>
    <message>
        <source>Filter channels</source>
        <translation>Kanäle filtern</translation>
    </message>
    <message>
        <source>Slack channels</source>
        <translation>Slack-Kanäle</translation>
    </message>
</context>
<context>
    <name>SlackConnectDialog</name>
    <message>
        <source>Connect Slack Workspace</source>
        <translation>Slack-Workspace verbinden</translation>
    </message>
    <message>
        <source>Paste the two tokens of your Slack app (Socket Mode on). They are checked with Slack and kept in the system keychain, never in a file.</source>
        <translation>Fügen Sie die beiden Tokens Ihrer Slack-App ein (Socket Mode eingeschaltet). Sie werden bei Slack geprüft und im Schlüsselbund des Systems abgelegt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>&amp;Bot token:</source>
        <translation>&amp;Bot-Token:</translation>
    </message>
    <message>
        <source>xoxb-…  (OAuth &amp; Permissions → Bot User OAuth Token)</source>
        <translation>xoxb-…  (OAuth &amp; Permissions → Bot User OAuth Token)</translation>
    </message>
    <message>
        <source>&amp;App-level token:</source>
        <translation>&amp;App-Level-Token:</translation>
    </message>
    <message>
        <source>xapp-…  (Basic Information → App-Level Tokens, connections:write)</source>
        <translation>xapp-…  (Basic Information → App-Level Tokens, connections:write)</translation>
    </message>
</context>
<context>
    <name>SlackStatus</name>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>wird verbunden</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message numerus="yes">
        <source>reconnecting in %n s</source>
        <translation>
            <numerusform>erneute Verbindung in %n s</numerusform>
            <numerusform>erneute Verbindung in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>token revoked</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>rate limited until %1</source>
        <translation>gedrosselt bis %1</translation>
    </message>
    <message>
        <source>token revoked or invalid: run `bellboard slack login` with a new token</source>
        <translation>Token widerrufen oder ungültig: `bellboard slack login` mit einem neuen Token ausführen</translation>
    </message>
</context>
<context>
    <name>SoundLibrary</name>
    <message>
        <source>&apos;%1&apos; is neither a bundled sound (%2) nor an absolute path to a WAV file</source>
        <translation>„%1“ ist weder ein mitgelieferter Ton (%2) noch ein absoluter Pfad zu einer WAV-Datei</translation>
    </message>
    <message>
        <source>Bellboard plays 16-bit PCM WAV files; convert it, for example with `sox IN -b 16 -e signed-integer OUT.wav`</source>
        <translation>Bellboard spielt WAV-Dateien mit 16-Bit-PCM; wandeln Sie die Datei um, zum Beispiel mit „sox EIN -b 16 -e signed-integer AUS.wav“</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is too large for an alert sound (over 50 MB)</source>
        <translation>%1 ist zu groß für einen Signalton (über 50 MB)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is an Ogg file. %2</source>
        <translation>%1 ist eine Ogg-Datei. %2</translation>
    </message>
    <message>
        <source>%1 is not a WAV file. %2</source>
        <translation>%1 ist keine WAV-Datei. %2</translation>
    </message>
    <message>
        <source>%1 holds %2-bit floating-point samples. %3</source>
        <translation>%1 enthält Gleitkomma-Samples mit %2 Bit. %3</translation>
    </message>
    <message>
        <source>%1 holds compressed audio (WAV format %2). %3</source>
        <translation>%1 enthält komprimierten Ton (WAV-Format %2). %3</translation>
    </message>
    <message>
        <source>%1 holds %2-bit samples. %3</source>
        <translation>%1 enthält Samples mit %2 Bit. %3</translation>
    </message>
    <message>
        <source>%1 has %2 channels; Bellboard plays mono or stereo sounds</source>
        <translation>%1 hat %2 Kanäle; Bellboard spielt Töne in Mono oder Stereo</translation>
    </message>
    <message>
        <source>%1 is a damaged WAV file (no format chunk). %2</source>
        <translation>%1 ist eine beschädigte WAV-Datei (kein Format-Block). %2</translation>
    </message>
    <message>
        <source>%1 holds no audio</source>
        <translation>%1 enthält keinen Ton</translation>
    </message>
</context>
<context>
    <name>UserTimeline</name>
    <message>
        <source>User timeline</source>
        <translation>Verlauf des Benutzers</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Event count</source>
        <translation>Anzahl der Ereignisse</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Als JSON exportieren …</translation>
    </message>
    <message>
        <source>First and last seen</source>
        <translation>Zuerst und zuletzt gesehen</translation>
    </message>
    <message>
        <source>Events per channel</source>
        <translation>Ereignisse pro Kanal</translation>
    </message>
    <message>
        <source>Latest payment or plan</source>
        <translation>Letzte Zahlung oder letzter Tarif</translation>
    </message>
    <message>
        <source>Show the events of</source>
        <translation>Ereignisse anzeigen von</translation>
    </message>
    <message>
        <source>Show the events at level</source>
        <translation>Ereignisse anzeigen mit Stufe</translation>
    </message>
    <message>
        <source>Everything this user did, newest first, by day</source>
        <translation>Alles, was dieser Benutzer getan hat, neueste zuerst, nach Tag</translation>
    </message>
</context>
<context>
    <name>bb</name>
    <message numerus="yes">
        <source>… and %n more fields</source>
        <translation>
            <numerusform>… und %n weiteres Feld</numerusform>
            <numerusform>… und %n weitere Felder</numerusform>
        </translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more attachments</source>
        <translation>
            <numerusform>… und %n weiterer Anhang</numerusform>
            <numerusform>… und %n weitere Anhänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more blocks</source>
        <translation>
            <numerusform>… und %n weiterer Block</numerusform>
            <numerusform>… und %n weitere Blöcke</numerusform>
        </translation>
    </message>
    <message>
        <source>(blocks could not be read)</source>
        <translation>(Blöcke konnten nicht gelesen werden)</translation>
    </message>
    <message>
        <source>(attachments could not be read)</source>
        <translation>(Anhänge konnten nicht gelesen werden)</translation>
    </message>
    <message>
        <source>The quote that starts with %1 is not closed: add a closing &quot;.</source>
        <translation>Das Anführungszeichen vor %1 wird nicht geschlossen: Fügen Sie ein schließendes &quot; hinzu.</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; needs a value after the colon.</source>
        <translation>„%1:“ braucht einen Wert nach dem Doppelpunkt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a channel name (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;).</source>
        <translation>„%1“ ist kein Kanalname (Buchstaben, Ziffern, „-“, „_“ und „.“).</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos; (info, warn, crit)</source>
        <translation>unbekannte Stufe „%1“ (info, warn, crit)</translation>
    </message>
    <message>
        <source>Only one level: term can be used; it matches that exact level.</source>
        <translation>Nur ein level:-Begriff ist möglich; er findet genau diese Stufe.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for %2: use %3.</source>
        <translation>„%1“ ist kein Datum für %2: Verwenden Sie %3.</translation>
    </message>
    <message>
        <source>A &apos;-&apos; must be followed by the word to exclude, as in -debug.</source>
        <translation>Auf ein „-“ muss das auszuschließende Wort folgen, etwa -debug.</translation>
    </message>
    <message>
        <source>Silences a channel (this one unless named) for a while, 1 hour unless given.</source>
        <translation>Schaltet einen Kanal vorübergehend stumm (ohne Namen diesen hier), ohne Angabe für 1 Stunde.</translation>
    </message>
    <message>
        <source>/mute: &apos;%1&apos; is not a duration such as 30m, 2h, 1d or tomorrow</source>
        <translation>/mute: „%1“ ist keine Dauer wie 30m, 2h, 1d oder tomorrow</translation>
    </message>
    <message>
        <source>#%1 is muted until %2.</source>
        <translation>#%1 ist bis %2 stummgeschaltet.</translation>
    </message>
    <message>
        <source>Ends a channel&apos;s mute.</source>
        <translation>Hebt die Stummschaltung eines Kanals auf.</translation>
    </message>
    <message>
        <source>#%1 is not muted any more.</source>
        <translation>#%1 ist nicht mehr stummgeschaltet.</translation>
    </message>
    <message>
        <source>Acknowledges the selected event (or the newest crit alert still ringing here): the ringing stops and everyone sees who took it.</source>
        <translation>Quittiert das ausgewählte Ereignis (oder den neuesten kritischen Alarm, der hier noch klingelt): Das Klingeln hört auf, und alle sehen, wer ihn übernommen hat.</translation>
    </message>
    <message>
        <source>Nothing is ringing in #%1; select the event to acknowledge.</source>
        <translation>In #%1 klingelt nichts; wählen Sie das zu quittierende Ereignis aus.</translation>
    </message>
    <message>
        <source>:white_check_mark: acknowledged by %1</source>
        <translation>:white_check_mark: quittiert von %1</translation>
    </message>
    <message>
        <source>Sets a channel&apos;s sound: a bundled one or the path of a 16-bit PCM WAV file.</source>
        <translation>Legt den Ton eines Kanals fest: einen mitgelieferten oder den Pfad einer WAV-Datei mit 16-Bit-PCM.</translation>
    </message>
    <message>
        <source>/sound: could not save the config file: %1</source>
        <translation>/sound: Die Konfigurationsdatei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>#%1 now plays %2.</source>
        <translation>#%1 spielt jetzt %2.</translation>
    </message>
    <message>
        <source>a JSON answer with no text, blocks or attachments</source>
        <translation>eine JSON-Antwort ohne Text, Blöcke oder Anhänge</translation>
    </message>
    <message>
        <source>an answer that is neither text nor JSON</source>
        <translation>eine Antwort, die weder Text noch JSON ist</translation>
    </message>
    <message>
        <source>the bot token was not accepted: %1 (%2)</source>
        <translation>das Bot-Token wurde nicht angenommen: %1 (%2)</translation>
    </message>
    <message>
        <source>the app-level token was not accepted (is Socket Mode on?): %1 (%2)</source>
        <translation>das App-Level-Token wurde nicht angenommen (ist Socket Mode eingeschaltet?): %1 (%2)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>TLS is not available: Qt found no TLS library (%1)</source>
        <translation>TLS ist nicht verfügbar: Qt hat keine TLS-Bibliothek gefunden (%1)</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (RSA or EC)</source>
        <translation>%1 enthält keinen unverschlüsselten privaten PEM-Schlüssel (RSA oder EC)</translation>
    </message>
    <message>
        <source>the key in %1 does not belong to the certificate in %2</source>
        <translation>der Schlüssel in %1 gehört nicht zum Zertifikat in %2</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS] (local time, or UTC with Z, or with an offset such as +01:00), today or yesterday</source>
        <extracomment>today and yesterday are words of the query language: they stay as they are</extracomment>
        <translation>JJJJ-MM-TT, JJJJ-MM-TTTHH:MM[:SS] (Ortszeit, oder UTC mit Z, oder mit einem Versatz wie +01:00), today oder yesterday</translation>
    </message>
</context>
<context>
    <name>bb::AlertCenter</name>
    <message>
        <source>sound is turned off ([alerts] sound = false)</source>
        <translation>der Ton ist ausgeschaltet ([alerts] sound = false)</translation>
    </message>
</context>
<context>
    <name>bb::AlertPolicy</name>
    <message numerus="yes">
        <source>%n new in #%1</source>
        <translation>
            <numerusform>%n neue Meldung in #%1</numerusform>
            <numerusform>%n neue Meldungen in #%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new in #%1 while disconnected</source>
        <translation>
            <numerusform>%n neues in #%1 während der Trennung</numerusform>
            <numerusform>%n neue in #%1 während der Trennung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::BlockActionSender</name>
    <message>
        <source>This button is not part of the message any more.</source>
        <translation>Diese Schaltfläche gehört nicht mehr zur Nachricht.</translation>
    </message>
    <message>
        <source>Buttons of events from &apos;%1&apos; go nowhere: add an [[interactivity]] entry for this source to the config file.</source>
        <translation>Schaltflächen in Ereignissen von „%1“ führen nirgendwohin: Fügen Sie der Konfigurationsdatei einen [[interactivity]]-Eintrag für diese Quelle hinzu.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; button failed: %2</source>
        <translation>Die Schaltfläche „%1“ ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>bb::ChannelListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>muted</source>
        <translation>stumm</translation>
    </message>
    <message>
        <source>mirrored from Slack</source>
        <translation>aus Slack gespiegelt</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
</context>
<context>
    <name>bb::ChannelPane</name>
    <message>
        <source>Split Right</source>
        <translation>Nach rechts teilen</translation>
    </message>
    <message>
        <source>Split Down</source>
        <translation>Nach unten teilen</translation>
    </message>
    <message>
        <source>Move Before Neighbour</source>
        <translation>Vor den Nachbarbereich verschieben</translation>
    </message>
    <message>
        <source>Move After Neighbour</source>
        <translation>Hinter den Nachbarbereich verschieben</translation>
    </message>
    <message>
        <source>Feed of #%1</source>
        <translation>Verlauf von #%1</translation>
    </message>
    <message>
        <source>rings for every event</source>
        <translation>klingelt bei jedem Ereignis</translation>
    </message>
    <message>
        <source>celebrates every event</source>
        <translation>feiert jedes Ereignis</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <source>goes bold on new events</source>
        <translation>wird bei neuen Ereignissen fett</translation>
    </message>
</context>
<context>
    <name>bb::ChannelSettingsDialog</name>
    <message>
        <source>Service bell</source>
        <translation>Rezeptionsklingel</translation>
    </message>
    <message>
        <source>Cash register</source>
        <translation>Registrierkasse</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Chime</source>
        <translation>Glockenton</translation>
    </message>
    <message>
        <source>Soft pop</source>
        <translation>Leises Plopp</translation>
    </message>
    <message>
        <source>#%1 — Channel settings</source>
        <translation>#%1 – Kanaleinstellungen</translation>
    </message>
    <message>
        <source>Alerts for #%1</source>
        <translation>Benachrichtigungen für #%1</translation>
    </message>
    <message>
        <source>Choose a WAV file…</source>
        <translation>WAV-Datei auswählen …</translation>
    </message>
    <message>
        <source>Choose an alert sound</source>
        <translation>Signalton auswählen</translation>
    </message>
    <message>
        <source>WAV files (*.wav);;All files (*)</source>
        <translation>WAV-Dateien (*.wav);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot play %1: %2</source>
        <translation>%1 kann nicht abgespielt werden: %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>bb::ChatOps</name>
    <message>
        <source>There is no command /%1. Type /help for the list.</source>
        <translation>Es gibt keinen Befehl /%1. Geben Sie /help ein, um die Liste zu sehen.</translation>
    </message>
    <message>
        <source>Could not store the message: %1</source>
        <translation>Die Nachricht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Lists the commands, or shows how to use one.</source>
        <translation>Listet die Befehle auf oder zeigt, wie einer verwendet wird.</translation>
    </message>
    <message>
        <source>There is no command %1. Type /help for the list.</source>
        <translation>Es gibt keinen Befehl %1. Geben Sie /help ein, um die Liste zu sehen.</translation>
    </message>
    <message>
        <source>*Commands* (`/help NAME` for one):</source>
        <translation>*Befehle* (`/help NAME` für einen einzelnen):</translation>
    </message>
    <message>
        <source>Could not delete the message: %1</source>
        <translation>Die Nachricht konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Could not update the message: %1</source>
        <translation>Die Nachricht konnte nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>bb::CommandAnswer</name>
    <message>
        <source>&apos;text&apos; is not a string</source>
        <translation>„text“ ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list</source>
        <translation>„%1“ ist keine Liste</translation>
    </message>
</context>
<context>
    <name>bb::CommandRegistry</name>
    <message>
        <source>&apos;%1&apos; is not a command name (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, at most 32)</source>
        <translation>„%1“ ist kein Befehlsname (Buchstaben, Ziffern, „-“, „_“, „.“, höchstens 32)</translation>
    </message>
    <message>
        <source>/%1 is already a command</source>
        <translation>/%1 ist bereits ein Befehl</translation>
    </message>
    <message>
        <source>/%1 usage %2</source>
        <translation>Aufrufmuster von /%1: %2</translation>
    </message>
</context>
<context>
    <name>bb::CommandUsage</name>
    <message>
        <source>unbalanced &apos;]&apos;</source>
        <translation>„]“ ohne passendes „[“</translation>
    </message>
    <message>
        <source>too many optional parts</source>
        <translation>zu viele optionale Teile</translation>
    </message>
    <message>
        <source>unbalanced &apos;[&apos;</source>
        <translation>„[“ ohne passendes „]“</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>ein Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not expected here</source>
        <translation>„%1“ wird hier nicht erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not expected here (expected %2)</source>
        <translation>„%1“ wird hier nicht erwartet (erwartet: %2)</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
</context>
<context>
    <name>bb::Composer</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Message, or /command (Tab completes, /help lists them)</source>
        <translation>Nachricht oder /Befehl (Tab vervollständigt, /help listet sie auf)</translation>
    </message>
    <message>
        <source>Run this command?</source>
        <translation>Diesen Befehl ausführen?</translation>
    </message>
    <message>
        <source>%1

This command is marked as needing confirmation.</source>
        <translation>%1

Dieser Befehl ist als bestätigungspflichtig markiert.</translation>
    </message>
    <message>
        <source>Nothing to complete here.</source>
        <translation>Hier gibt es nichts zu vervollständigen.</translation>
    </message>
    <message>
        <source>⚠ %1 · only visible to you</source>
        <translation>⚠ %1 · nur für Sie sichtbar</translation>
    </message>
    <message>
        <source>%1 · only visible to you</source>
        <translation>%1 · nur für Sie sichtbar</translation>
    </message>
    <message>
        <source>Answers only visible to you</source>
        <translation>Antworten, die nur Sie sehen</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>Vorschau der Nachricht</translation>
    </message>
    <message>
        <source>Message or command</source>
        <translation>Nachricht oder Befehl</translation>
    </message>
</context>
<context>
    <name>bb::Config</name>
    <message>
        <source>%1 signing secret &apos;%2&apos;: %3</source>
        <extracomment>%1 is &quot;/deploy&quot; (a command) or &quot;[[interactivity]] webhook&quot;, %3 why the secret cannot be read</extracomment>
        <translation>%1, Signaturgeheimnis „%2“: %3</translation>
    </message>
    <message>
        <source>a duration such as %1</source>
        <translation>eine Dauer wie %1</translation>
    </message>
    <message>
        <source>a size such as %1</source>
        <translation>eine Größe wie %1</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (known: %3)</source>
        <translation>unbekannter Schlüssel „%1“ in %2 (bekannt: %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2</source>
        <extracomment>%1 is a key of the file, %2 what it takes, such as &quot;a duration such as &quot;30s&quot;&quot;</extracomment>
        <translation>„%1“ muss %2 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large (at most %2)</source>
        <translation>„%1“ ist zu groß (höchstens %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number ≥ 0</source>
        <translation>„%1“ muss eine Zahl ≥ 0 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid channel name (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</source>
        <translation>„%1“ ist kein gültiger Kanalname (Buchstaben, Ziffern, „-“, „_“, „.“)</translation>
    </message>
    <message>
        <source>&apos;listen&apos; must look like &quot;127.0.0.1:%1&quot;, not &apos;%2&apos;</source>
        <translation>„listen“ muss wie &quot;127.0.0.1:%1&quot; aussehen, nicht „%2“</translation>
    </message>
    <message>
        <source>&apos;ingest_tokens&apos; must be a list of secret names</source>
        <translation>„ingest_tokens“ muss eine Liste mit Namen von Geheimnissen sein</translation>
    </message>
    <message>
        <source>&apos;ingest_tokens&apos; must hold strings</source>
        <translation>„ingest_tokens“ darf nur Zeichenketten enthalten</translation>
    </message>
    <message>
        <source>a whole number of days</source>
        <translation>eine ganze Zahl von Tagen</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>unknown durability &apos;%1&apos; (full, normal)</source>
        <translation>unbekannter Wert „%1“ für durability (full, normal)</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (%2, or &quot;&quot; for the system&apos;s)</source>
        <translation>unbekannte Sprache „%1“ (%2 oder &quot;&quot; für die des Systems)</translation>
    </message>
    <message>
        <source>unknown theme &apos;%1&apos; (system, light, dark)</source>
        <translation>unbekanntes Farbschema „%1“ (system, light, dark)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be written as [[%1]] tables</source>
        <translation>„%1“ muss als [[%1]]-Tabellen geschrieben werden</translation>
    </message>
    <message>
        <source>each [[%1]] entry must be a table</source>
        <translation>jeder [[%1]]-Eintrag muss eine Tabelle sein</translation>
    </message>
    <message>
        <source>sound: %1</source>
        <translation>sound: %1</translation>
    </message>
    <message>
        <source>unknown notify mode &apos;%1&apos; (%2)</source>
        <translation>unbekannte Benachrichtigungsart „%1“ (%2)</translation>
    </message>
    <message>
        <source>&apos;volume&apos; must be a number from 0 to 1</source>
        <translation>„volume“ muss eine Zahl von 0 bis 1 sein</translation>
    </message>
    <message>
        <source>&apos;muted_until&apos; must be a local date and time such as &quot;2026-11-25T09:00&quot;, not &apos;%1&apos;</source>
        <translation>„muted_until“ muss ein Datum mit Uhrzeit in Ortszeit sein, etwa &quot;2026-11-25T09:00&quot;, nicht „%1“</translation>
    </message>
    <message>
        <source>a [[channels]] entry needs a name</source>
        <translation>ein [[channels]]-Eintrag braucht einen Namen (name)</translation>
    </message>
    <message>
        <source>a duration such as &quot;5m&quot; (&quot;0s&quot;: never)</source>
        <translation>eine Dauer wie &quot;5m&quot; (&quot;0s&quot;: nie)</translation>
    </message>
    <message>
        <source>&apos;quiet_hours&apos; must look like &quot;22:00-07:00&quot; (or &quot;&quot; for none), not &apos;%1&apos;</source>
        <translation>„quiet_hours“ muss wie &quot;22:00-07:00&quot; aussehen (oder &quot;&quot; für keine), nicht „%1“</translation>
    </message>
    <message>
        <source>a [[routes]] entry needs a tag and a channel</source>
        <translation>ein [[routes]]-Eintrag braucht tag und channel</translation>
    </message>
    <message>
        <source>&apos;api_url&apos; must be an http:// or https:// URL such as &quot;https://slack.com/api/&quot;, not &apos;%1&apos;</source>
        <translation>„api_url“ muss eine http://- oder https://-URL wie &quot;https://slack.com/api/&quot; sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&apos;mirror&apos; must be a list of Slack channel names, such as [&quot;general&quot;]</source>
        <translation>„mirror“ muss eine Liste von Slack-Kanalnamen sein, etwa [&quot;general&quot;]</translation>
    </message>
    <message>
        <source>&apos;mirror&apos; must hold Slack channel names (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;)</source>
        <translation>„mirror“ darf nur Slack-Kanalnamen enthalten (Buchstaben, Ziffern, „-“, „_“, „.“)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string or a list of strings</source>
        <translation>„%1“ muss eine Zeichenkette oder eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of strings</source>
        <translation>„%1“ muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>a [[commands]] entry needs a name</source>
        <translation>ein [[commands]]-Eintrag braucht einen Namen (name)</translation>
    </message>
    <message>
        <source>usage %1</source>
        <translation>usage %1</translation>
    </message>
    <message>
        <source>&apos;values&apos; must be a table of lists, e.g. values.stage = [&quot;staging&quot;, &quot;production&quot;]</source>
        <translation>„values“ muss eine Tabelle von Listen sein, z. B. values.stage = [&quot;staging&quot;, &quot;production&quot;]</translation>
    </message>
    <message>
        <source>/%1 has both url and run: give either url (a Slack-style backend) or run (a program)</source>
        <translation>/%1 hat sowohl url als auch run: Geben Sie entweder url (ein Backend nach Art von Slack) oder run (ein Programm) an</translation>
    </message>
    <message>
        <source>/%1 needs either url (a Slack-style backend) or run (a program)</source>
        <translation>/%1 braucht entweder url (ein Backend nach Art von Slack) oder run (ein Programm)</translation>
    </message>
    <message>
        <source>&apos;url&apos; must be an http:// or https:// URL, not &apos;%1&apos;</source>
        <translation>„url“ muss eine http://- oder https://-URL sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&apos;run&apos; must name a program</source>
        <translation>„run“ muss ein Programm nennen</translation>
    </message>
    <message>
        <source>an [[interactivity]] entry needs a source and a url</source>
        <translation>ein [[interactivity]]-Eintrag braucht source und url</translation>
    </message>
    <message>
        <source>config line %1: %2</source>
        <extracomment>%1 is a line number of bellboard.toml, %2 what is wrong there</extracomment>
        <translation>Konfigurationsdatei, Zeile %1: %2</translation>
    </message>
    <message>
        <source>the file</source>
        <extracomment>where in the file a key is: &quot;unknown key &apos;x&apos; in the file&quot;, as with &quot;in [server]&quot;</extracomment>
        <translation>der Datei</translation>
    </message>
    <message>
        <source>config %1: %2</source>
        <translation>Konfigurationsdatei %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 verification token &apos;%2&apos;: %3</source>
        <translation>%1, Verifizierungstoken „%2“: %3</translation>
    </message>
    <message>
        <source>tls_certificate and tls_key go together: give both, or neither</source>
        <translation>tls_certificate und tls_key gehören zusammen: Geben Sie beide an oder keines</translation>
    </message>
    <message>
        <source>&apos;url&apos; must start with postgresql:// or postgres://</source>
        <translation>„url“ muss mit postgresql:// oder postgres:// beginnen</translation>
    </message>
    <message>
        <source>&apos;url&apos; must not contain the password: name a secret in &apos;password&apos; instead</source>
        <translation>„url“ darf das Passwort nicht enthalten: Nennen Sie stattdessen ein Geheimnis in „password“</translation>
    </message>
    <message>
        <source>a [[wall.tiles]] entry needs a query</source>
        <translation>ein [[wall.tiles]]-Eintrag benötigt eine Abfrage</translation>
    </message>
    <message>
        <source>the query &apos;%1&apos; is not valid: %2</source>
        <extracomment>%1 is the query as written, %2 what is wrong with it</extracomment>
        <translation>die Abfrage „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>unknown comparison &apos;%1&apos; (yesterday, last_week)</source>
        <translation>unbekannter Vergleich „%1“ (yesterday, last_week)</translation>
    </message>
    <message>
        <source>&apos;compare&apos; needs a query with a start, such as &apos;today&apos; or &apos;after:&apos;</source>
        <translation>„compare“ benötigt eine Abfrage mit einem Anfang, etwa „today“ oder „after:“</translation>
    </message>
    <message>
        <source>unknown sum &apos;%1&apos; (amount)</source>
        <translation>unbekannte Summe „%1“ (amount)</translation>
    </message>
    <message>
        <source>&apos;server&apos; must be an http:// or https:// URL such as &quot;https://bellboard.example:2355&quot;, not &apos;%1&apos;</source>
        <translation>„server“ muss eine http://- oder https://-URL wie &quot;https://bellboard.example:2355&quot; sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&apos;certificate_sha256&apos; must be a SHA-256 fingerprint (64 hex digits, &apos;:&apos; between pairs allowed), not &apos;%1&apos;</source>
        <translation>„certificate_sha256“ muss ein SHA-256-Fingerabdruck sein (64 Hexadezimalziffern, „:“ zwischen Paaren erlaubt), nicht „%1“</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (viewer, operator, admin)</source>
        <translation>unbekannte Rolle „%1“ (viewer, operator, admin)</translation>
    </message>
    <message>
        <source>a [[users]] entry needs a name and a token (the name of a secret)</source>
        <translation>ein [[users]]-Eintrag benötigt einen Namen und ein Token (den Namen eines Geheimnisses)</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; is already defined on line %2</source>
        <translation>Benutzer „%1“ ist bereits in Zeile %2 definiert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is for json sources only: a %2 source&apos;s events are made by Bellboard</source>
        <translation>„%1“ gilt nur für json-Quellen: Die Ereignisse einer %2-Quelle erzeugt Bellboard</translation>
    </message>
    <message>
        <source>the %1 template: %2</source>
        <translation>die %1-Vorlage: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is for grafana sources only</source>
        <translation>„%1“ gilt nur für grafana-Quellen</translation>
    </message>
    <message>
        <source>source name &apos;%1&apos; may only have letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>der Quellenname „%1“ darf nur Buchstaben, Ziffern, „-“, „_“ und „.“ enthalten</translation>
    </message>
    <message>
        <source>unknown source kind &apos;%1&apos; (%2)</source>
        <translation>unbekannte Quellenart „%1“ (%2)</translation>
    </message>
    <message>
        <source>&apos;secret&apos; is the NAME of a secret (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;; set its value with `bellboard secret set NAME`), not &apos;%1&apos;</source>
        <translation>„secret“ ist der NAME eines Geheimnisses (Buchstaben, Ziffern, „-“, „_“, „.“; den Wert setzen Sie mit `bellboard secret set NAME`), nicht „%1“</translation>
    </message>
    <message>
        <source>a [[sources]] entry needs a name (its URL is /sources/&lt;name&gt;)</source>
        <translation>ein [[sources]]-Eintrag benötigt einen Namen (seine URL ist /sources/&lt;name&gt;)</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; needs a kind (%2)</source>
        <translation>Quelle „%1“ benötigt eine Art (%2)</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; is already defined on line %2</source>
        <translation>Quelle „%1“ ist bereits in Zeile %2 definiert</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; needs a channel</source>
        <translation>Quelle „%1“ benötigt einen Kanal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a channel name</source>
        <translation>„%1“ ist kein Kanalname</translation>
    </message>
    <message>
        <source>json source &apos;%1&apos; needs a text template, e.g. text = &quot;{{ user.email }} signed up&quot;</source>
        <translation>json-Quelle „%1“ benötigt eine Textvorlage, z. B. text = &quot;{{ user.email }} signed up&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a table ([%1])</source>
        <translation>„%1“ muss eine Tabelle sein ([%1])</translation>
    </message>
</context>
<context>
    <name>bb::DayGroupDelegate</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>bb::EventExporter</name>
    <message>
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>bb::EventStore</name>
    <message>
        <source>The event store is already open (%1).</source>
        <translation>Der Ereignisspeicher ist bereits geöffnet (%1).</translation>
    </message>
    <message>
        <source>Invalid channel name &quot;%1&quot;.</source>
        <translation>Ungültiger Kanalname „%1“.</translation>
    </message>
    <message>
        <source>The event store is not open.</source>
        <translation>Der Ereignisspeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Event %1 is not stored (it was deleted, or never stored).</source>
        <translation>Ereignis %1 ist nicht gespeichert (es wurde gelöscht oder nie gespeichert).</translation>
    </message>
</context>
<context>
    <name>bb::FeedDelegate</name>
    <message>
        <source>unknown sender</source>
        <translation>unbekannter Absender</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>in a thread</source>
        <translation>in einem Thread</translation>
    </message>
    <message>
        <source>last reply %1</source>
        <translation>letzte Antwort %1</translation>
    </message>
    <message>
        <source>acknowledged by %1 · %2</source>
        <extracomment>%1 is a person&apos;s name, %2 the time they acknowledged the event, &quot;14:05&quot;</extracomment>
        <translation>bestätigt von %1 · %2</translation>
    </message>
</context>
<context>
    <name>bb::FeedModel</name>
    <message>
        <source>1 reply</source>
        <translation>1 Antwort</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <extracomment>%1 is the person who acknowledged the event, as a screen reader says the row</extracomment>
        <translation>quittiert von %1</translation>
    </message>
</context>
<context>
    <name>bb::FeedView</name>
    <message>
        <source>Channel feed</source>
        <translation>Kanalverlauf</translation>
    </message>
    <message>
        <source>Jump to the newest events</source>
        <translation>Zu den neuesten Ereignissen springen</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neue</numerusform>
            <numerusform>%n neue</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation>Bestätigt von %1 um %2</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
</context>
<context>
    <name>bb::MainWindow</name>
    <message>
        <source>Wall Mode</source>
        <translation>Wandmodus</translation>
    </message>
    <message>
        <source>Could not read events: %1</source>
        <translation>Ereignisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Bellboard</source>
        <translation>Bellboard</translation>
    </message>
    <message>
        <source>#%1 — Bellboard</source>
        <translation>#%1 – Bellboard</translation>
    </message>
    <message>
        <source>Problems in the configuration</source>
        <translation>Probleme in der Konfiguration</translation>
    </message>
    <message>
        <source>Bellboard started with the default for each value it could not use in %1.</source>
        <translation>Bellboard wurde gestartet und verwendet für jeden Wert in %1, der nicht gelesen werden konnte, die Voreinstellung.</translation>
    </message>
</context>
<context>
    <name>bb::PaneArea</name>
    <message>
        <source>Split Right</source>
        <translation>Nach rechts teilen</translation>
    </message>
    <message>
        <source>Split Down</source>
        <translation>Nach unten teilen</translation>
    </message>
    <message>
        <source>Close Pane</source>
        <translation>Bereich schließen</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Nächster Bereich</translation>
    </message>
</context>
<context>
    <name>bb::PostgresStoreBackend</name>
    <message>
        <source>Invalid channel name &quot;%1&quot;.</source>
        <translation>Ungültiger Kanalname „%1“.</translation>
    </message>
    <message>
        <source>Event %1 is not stored (it was deleted, or never stored).</source>
        <translation>Ereignis %1 ist nicht gespeichert (es wurde gelöscht oder nie gespeichert).</translation>
    </message>
</context>
<context>
    <name>bb::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> events</source>
        <translation> Ereignisse</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
</context>
<context>
    <name>bb::ProcessCommandRunner</name>
    <message>
        <source>could not start `%1`: %2</source>
        <translation>`%1` konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>after %1 s</source>
        <translation>nach %1 s</translation>
    </message>
    <message>
        <source>timed out after %1 s and was stopped</source>
        <translation>nach %1 s wegen Zeitüberschreitung abgebrochen</translation>
    </message>
    <message>
        <source>crashed %1</source>
        <translation>%1 abgestürzt</translation>
    </message>
    <message>
        <source>exit status 0 %1</source>
        <translation>Exit-Status 0 %1</translation>
    </message>
    <message>
        <source>exit status %1 %2</source>
        <translation>Exit-Status %1 %2</translation>
    </message>
    <message>
        <source>the command has no program to run</source>
        <translation>der Befehl nennt kein Programm, das ausgeführt werden soll</translation>
    </message>
    <message>
        <source> (output cut at %1 bytes; %2 more bytes not kept)</source>
        <translation> (Ausgabe nach %1 Bytes abgeschnitten; %2 weitere Bytes nicht aufbewahrt)</translation>
    </message>
    <message>
        <source>/%1 was not run: the command could not be stored</source>
        <translation>/%1 wurde nicht ausgeführt: Der Befehl konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>bb::RemoteCommands</name>
    <message>
        <source>/%1 was not run on the server: %2</source>
        <translation>/%1 wurde auf dem Server nicht ausgeführt: %2</translation>
    </message>
    <message>
        <source>/%1 needs a confirmation on the server now: type it again.</source>
        <translation>/%1 braucht jetzt auf dem Server eine Bestätigung: Geben Sie es erneut ein.</translation>
    </message>
</context>
<context>
    <name>bb::RemoteReply</name>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>der Server ist nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>the server refused the token (%1); log in again with bellboard remote login</source>
        <translation>der Server hat das Token abgelehnt (%1); melden Sie sich mit bellboard remote login erneut an</translation>
    </message>
    <message>
        <source>your role on the server does not allow this (%1)</source>
        <translation>Ihre Rolle auf dem Server erlaubt dies nicht (%1)</translation>
    </message>
    <message numerus="yes">
        <source>too many failed attempts from this address; try again in %n s</source>
        <translation>
            <numerusform>zu viele fehlgeschlagene Versuche von dieser Adresse; versuchen Sie es in %n s erneut</numerusform>
            <numerusform>zu viele fehlgeschlagene Versuche von dieser Adresse; versuchen Sie es in %n s erneut</numerusform>
        </translation>
    </message>
    <message>
        <source>the server answered HTTP %1: %2</source>
        <translation>der Server antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <source>the answer to /api/whoami names no user: is this a Bellboard server?</source>
        <translation>die Antwort auf /api/whoami nennt keinen Benutzer: Ist das ein Bellboard-Server?</translation>
    </message>
    <message>
        <source>the server refused the token (%1); log in again: bellboard remote login %2</source>
        <translation>der Server hat das Token abgelehnt (%1); erneut anmelden: bellboard remote login %2</translation>
    </message>
</context>
<context>
    <name>bb::RemoteStoreBackend</name>
    <message>
        <source>the server stored the post but did not say its id: is it an older Bellboard?</source>
        <translation>der Server hat den Beitrag gespeichert, aber seine ID nicht genannt: ist es ein älteres Bellboard?</translation>
    </message>
    <message>
        <source>a console attached to a server mirrors nothing itself: the server runs the Slack mirror</source>
        <translation>eine mit einem Server verbundene Konsole spiegelt selbst nichts: der Server betreibt den Slack-Spiegel</translation>
    </message>
    <message>
        <source>a console attached to a server cannot edit stored events</source>
        <translation>eine mit einem Server verbundene Konsole kann gespeicherte Ereignisse nicht bearbeiten</translation>
    </message>
    <message>
        <source>a console attached to a server cannot delete stored events</source>
        <translation>eine mit einem Server verbundene Konsole kann gespeicherte Ereignisse nicht löschen</translation>
    </message>
</context>
<context>
    <name>bb::RemoteStream</name>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>no answer from the server for %n s</source>
        <translation>
            <numerusform>seit %n s keine Antwort vom Server</numerusform>
            <numerusform>seit %n s keine Antwort vom Server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::RichText</name>
    <message numerus="yes">
        <source>… (%n more characters)</source>
        <translation>
            <numerusform>… (%n weiteres Zeichen)</numerusform>
            <numerusform>… (%n weitere Zeichen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bb::SearchPanel</name>
    <message>
        <source>Type words to find, or user:, in:#channel, level:, from:, after:, before:.</source>
        <translation>Geben Sie Suchwörter ein, oder user:, in:#kanal, level:, from:, after:, before:.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>First %1 results</source>
        <translation>Die ersten %1 Treffer</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation>%1 in %2 ms</translation>
    </message>
    <message>
        <source>Open in #%1</source>
        <translation>In #%1 öffnen</translation>
    </message>
    <message>
        <source>Show everything %1 did</source>
        <translation>Alles anzeigen, was %1 getan hat</translation>
    </message>
</context>
<context>
    <name>bb::Secrets</name>
    <message>
        <source>secret &apos;%1&apos; is not set (bellboard secret set %1)</source>
        <translation>Geheimnis „%1“ ist nicht gesetzt (bellboard secret set %1)</translation>
    </message>
    <message>
        <source>the system keychain is not available (%1); on a headless server set %2 instead</source>
        <translation>der Schlüsselbund des Systems ist nicht verfügbar (%1); setzen Sie auf einem Server ohne Desktop stattdessen %2</translation>
    </message>
</context>
<context>
    <name>bb::SenderIcons</name>
    <message>
        <source>not an http or https address</source>
        <translation>keine http- oder https-Adresse</translation>
    </message>
    <message>
        <source>larger than %1 KiB</source>
        <translation>größer als %1 KiB</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>kein Bild</translation>
    </message>
</context>
<context>
    <name>bb::ServerCommands</name>
    <message>
        <source>%1

This command is marked as needing confirmation.</source>
        <translation>%1

Dieser Befehl ist als bestätigungspflichtig markiert.</translation>
    </message>
</context>
<context>
    <name>bb::ServerWait</name>
    <message>
        <source>%1 answers; attaching.</source>
        <translation>%1 antwortet; verbinde.</translation>
    </message>
    <message>
        <source>waiting for %1 (%2); trying again every %3 s at most, Ctrl+C to stop</source>
        <translation>warte auf %1 (%2); neuer Versuch spätestens alle %3 s, Strg+C zum Beenden</translation>
    </message>
</context>
<context>
    <name>bb::ServiceHost</name>
    <message>
        <source>ingest token &apos;%1&apos;: %2</source>
        <translation>Ingest-Token „%1“: %2</translation>
    </message>
    <message>
        <source>refusing to listen on %1: a non-loopback address needs an ingest token (set one with `bellboard secret set NAME` and list NAME in [server] ingest_tokens)</source>
        <translation>Empfang auf %1 verweigert: Eine Adresse außerhalb von Loopback braucht ein Ingest-Token (mit „bellboard secret set NAME“ anlegen und NAME unter [server] ingest_tokens eintragen)</translation>
    </message>
    <message>
        <source>cannot open the event store %1: %2</source>
        <translation>der Ereignisspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>Empfang auf %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the Slack mirror is waiting for a login: %1</source>
        <translation>der Slack-Spiegel wartet auf eine Anmeldung: %1</translation>
    </message>
    <message>
        <source>using the Slack tokens from BELLBOARD_SECRET_SLACK_* environment variables, not the keychain: keep this service&apos;s environment private</source>
        <translation>die Slack-Tokens stammen aus den Umgebungsvariablen BELLBOARD_SECRET_SLACK_*, nicht aus dem Schlüsselbund: Halten Sie die Umgebung dieses Dienstes privat</translation>
    </message>
    <message>
        <source>sound is unavailable: %1</source>
        <translation>Ton ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>user &apos;%1&apos;: token &apos;%2&apos;: %3</source>
        <translation>Benutzer „%1“: Token „%2“: %3</translation>
    </message>
    <message>
        <source>source &apos;%1&apos;, secret &apos;%2&apos;: %3</source>
        <translation>Quelle „%1“, Geheimnis „%2“: %3</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; has no secret: it accepts requests from this machine only</source>
        <translation>Quelle „%1“ hat kein Geheimnis: Sie nimmt nur Anfragen von diesem Rechner an</translation>
    </message>
    <message>
        <source>WARNING: listening on %1 with [[users]] but without TLS: people&apos;s tokens and every event cross the network in clear. Set [server] tls_certificate and tls_key.</source>
        <translation>WARNUNG: lauscht auf %1 mit [[users]], aber ohne TLS: Die Tokens der Benutzer und jedes Ereignis werden unverschlüsselt über das Netzwerk übertragen. Setzen Sie [server] tls_certificate und tls_key.</translation>
    </message>
    <message>
        <source>store password &apos;%1&apos;: %2</source>
        <translation>Speicherpasswort „%1“: %2</translation>
    </message>
    <message>
        <source>this server now leads: it runs the Slack mirror and retention</source>
        <translation>dieser Server führt jetzt: er betreibt den Slack-Spiegel und die Aufbewahrung</translation>
    </message>
    <message>
        <source>this server no longer leads: another one runs the Slack mirror and retention</source>
        <translation>dieser Server führt nicht mehr: ein anderer betreibt den Slack-Spiegel und die Aufbewahrung</translation>
    </message>
</context>
<context>
    <name>bb::SignedPost</name>
    <message>
        <source>no answer from %1 within %2 seconds</source>
        <translation>keine Antwort von %1 innerhalb von %2 Sekunden</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 antwortete mit HTTP %2</translation>
    </message>
</context>
<context>
    <name>bb::SingleInstance</name>
    <message>
        <source>another Bellboard is running for this data folder but does not answer</source>
        <translation>für diesen Datenordner läuft bereits ein anderes Bellboard, das aber nicht antwortet</translation>
    </message>
    <message>
        <source>cannot listen on %1 (%2): a second `bellboard` will open a second window</source>
        <translation>Der lokale Socket %1 lässt sich nicht öffnen (%2): Ein zweites „bellboard“ öffnet ein zweites Fenster</translation>
    </message>
</context>
<context>
    <name>bb::SlackChannelsDialog</name>
    <message>
        <source>Asking Slack for the channels…</source>
        <translation>Kanäle werden bei Slack abgefragt …</translation>
    </message>
    <message>
        <source>Slack did not list the channels: %1</source>
        <translation>Slack hat die Kanäle nicht aufgelistet: %1</translation>
    </message>
    <message>
        <source>#%1 — %2</source>
        <translation>#%1 — %2</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>the app is not a member</source>
        <translation>die App ist kein Mitglied</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>not listed by Slack</source>
        <translation>von Slack nicht aufgeführt</translation>
    </message>
    <message>
        <source>Archived, renamed, or private without the app in it. Untick it to stop mirroring it.</source>
        <translation>Archiviert, umbenannt oder privat ohne die App. Wählen Sie ihn ab, um das Spiegeln zu beenden.</translation>
    </message>
    <message>
        <source>No channel mirrored.</source>
        <translation>Kein Kanal wird gespiegelt.</translation>
    </message>
    <message>
        <source>1 channel mirrored.</source>
        <translation>1 Kanal wird gespiegelt.</translation>
    </message>
    <message numerus="yes">
        <source>%n channels mirrored.</source>
        <translation>
            <numerusform>%n Kanal wird gespiegelt.</numerusform>
            <numerusform>%n Kanäle werden gespiegelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The app cannot read %1 yet: in Slack, type /invite @&lt;your app&gt; there.</source>
        <translation>Die App kann %1 noch nicht lesen: Geben Sie dort in Slack /invite @&lt;Name Ihrer App&gt; ein.</translation>
    </message>
    <message>
        <source>The choice could not be saved: %1</source>
        <translation>Die Auswahl konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>bb::SlackConnectDialog</name>
    <message>
        <source>Checking with Slack…</source>
        <translation>Wird bei Slack geprüft …</translation>
    </message>
    <message>
        <source>Slack accepted the tokens, but they could not be stored: %1</source>
        <translation>Slack hat die Tokens angenommen, aber sie konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>bb::SlackMirrorWorker</name>
    <message>
        <source>%1 paused by Slack</source>
        <translation>%1 von Slack pausiert</translation>
    </message>
    <message>
        <source>no channels to mirror: `bellboard slack mirror NAME…`</source>
        <translation>keine Kanäle zum Spiegeln: `bellboard slack mirror NAME…`</translation>
    </message>
    <message>
        <source>no tokens: run `bellboard slack login`</source>
        <translation>keine Tokens: `bellboard slack login` ausführen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>#%1 is not a channel the app can see: check the name, or /invite the app to a private channel</source>
        <translation>#%1 ist kein Kanal, den die App sehen kann: Namen prüfen oder die App mit /invite in einen privaten Kanal einladen</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>#%1 is not a mirrored Slack channel</source>
        <translation>#%1 ist kein gespiegelter Slack-Kanal</translation>
    </message>
</context>
<context>
    <name>bb::SlackPoster</name>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Not posted to Slack: %1</source>
        <translation>Nicht an Slack gesendet: %1</translation>
    </message>
</context>
<context>
    <name>bb::SlackResponse</name>
    <message>
        <source>Slack does not accept the token (mistyped, or from another workspace): log in again with a new one.</source>
        <translation>Slack nimmt das Token nicht an (vertippt oder aus einem anderen Workspace): Melden Sie sich mit einem neuen Token erneut an.</translation>
    </message>
    <message>
        <source>No token was sent: log in with `bellboard slack login`.</source>
        <translation>Es wurde kein Token gesendet: Melden Sie sich mit `bellboard slack login` an.</translation>
    </message>
    <message>
        <source>The token belongs to a deleted user or an uninstalled app: reinstall the app and log in again.</source>
        <translation>Das Token gehört zu einem gelöschten Benutzer oder einer deinstallierten App: Installieren Sie die App neu und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The token was revoked: create a new one and log in again.</source>
        <translation>Das Token wurde widerrufen: Erstellen Sie ein neues und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The token expired: log in again with a fresh one.</source>
        <translation>Das Token ist abgelaufen: Melden Sie sich mit einem neuen Token erneut an.</translation>
    </message>
    <message>
        <source>The app is not a member of this channel: in Slack, open the channel and type /invite @&lt;your app&apos;s name&gt;, then Bellboard catches up on its own.</source>
        <translation>Die App ist kein Mitglied dieses Kanals: Öffnen Sie in Slack den Kanal und geben Sie /invite @&lt;Name Ihrer App&gt; ein; Bellboard holt dann von selbst auf.</translation>
    </message>
    <message>
        <source>No such channel, or the app cannot see it (a private channel needs an /invite first).</source>
        <translation>Diesen Kanal gibt es nicht, oder die App kann ihn nicht sehen (ein privater Kanal braucht zuerst ein /invite).</translation>
    </message>
    <message>
        <source>The app lacks the permission scope %1: add it under OAuth &amp; Permissions, reinstall the app and log in again.</source>
        <translation>Der App fehlt der Berechtigungs-Scope %1: Fügen Sie ihn unter OAuth &amp; Permissions hinzu, installieren Sie die App neu und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>The channel is archived.</source>
        <translation>Der Kanal ist archiviert.</translation>
    </message>
    <message>
        <source>The message is too long for Slack.</source>
        <translation>Die Nachricht ist zu lang für Slack.</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>Die Nachricht hat keinen Text.</translation>
    </message>
    <message>
        <source>The workspace does not let the app post in this channel.</source>
        <translation>Der Workspace erlaubt der App nicht, in diesem Kanal zu posten.</translation>
    </message>
    <message>
        <source>The thread to reply in does not exist.</source>
        <translation>Der Thread, in dem geantwortet werden soll, existiert nicht.</translation>
    </message>
    <message>
        <source>Slack could not be reached: %1</source>
        <translation>Slack konnte nicht erreicht werden: %1</translation>
    </message>
    <message>
        <source>Slack did not answer in time.</source>
        <translation>Slack hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Slack&apos;s answer was not JSON (a proxy in the way? check the API URL).</source>
        <translation>Die Antwort von Slack war kein JSON (ein Proxy dazwischen? Prüfen Sie die API-URL).</translation>
    </message>
    <message>
        <source>Slack answered with HTTP status %1.</source>
        <translation>Slack hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>Slack answered &quot;%1&quot;.</source>
        <translation>Slack hat „%1“ geantwortet.</translation>
    </message>
</context>
<context>
    <name>bb::SlackSocket</name>
    <message>
        <source>apps.connections.open gave no URL</source>
        <translation>apps.connections.open hat keine URL geliefert</translation>
    </message>
    <message>
        <source>the connection closed (%1)</source>
        <translation>die Verbindung wurde geschlossen (%1)</translation>
    </message>
    <message>
        <source>no hello within %1 ms</source>
        <translation>kein hello innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>no answer to pings for %1 ms</source>
        <translation>seit %1 ms keine Antwort auf Pings</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
</context>
<context>
    <name>bb::SoundPlayer</name>
    <message>
        <source>Sound is unavailable: no audio output device was found. Bellboard keeps running; alerts still mark channels and show notifications, but make no sound.</source>
        <translation>Kein Ton verfügbar: Es wurde kein Audioausgabegerät gefunden. Bellboard läuft weiter; Alarme markieren weiterhin Kanäle und zeigen Benachrichtigungen, nur ohne Ton.</translation>
    </message>
    <message>
        <source>no audio output device</source>
        <translation>kein Audioausgabegerät</translation>
    </message>
    <message>
        <source>the audio system could not decode %1</source>
        <translation>das Audiosystem konnte %1 nicht dekodieren</translation>
    </message>
    <message>
        <source>Sound is available again: an audio output device was found.</source>
        <translation>Ton ist wieder verfügbar: Ein Audio-Ausgabegerät wurde gefunden.</translation>
    </message>
</context>
<context>
    <name>bb::Sparkline</name>
    <message>
        <source>Events per minute over the last hour</source>
        <translation>Ereignisse pro Minute in der letzten Stunde</translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
</context>
<context>
    <name>bb::SqliteStoreBackend</name>
    <message>
        <source>Invalid channel name &quot;%1&quot;.</source>
        <translation>Ungültiger Kanalname „%1“.</translation>
    </message>
    <message>
        <source>Event %1 is not stored (it was deleted, or never stored).</source>
        <translation>Ereignis %1 ist nicht gespeichert (es wurde gelöscht oder nie gespeichert).</translation>
    </message>
</context>
<context>
    <name>bb::StoreCopy</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>The target holds event %1, which the source does not have: it holds other events than the source. Copy into an empty store.</source>
        <translation>Das Ziel enthält das Ereignis %1, das die Quelle nicht hat: es enthält andere Ereignisse als die Quelle. Kopieren Sie in einen leeren Speicher.</translation>
    </message>
    <message>
        <source>The target lacks the source&apos;s event %1 but holds newer ones: it holds other events than the source. Copy into an empty store.</source>
        <translation>Dem Ziel fehlt das Ereignis %1 der Quelle, es enthält aber neuere: es enthält andere Ereignisse als die Quelle. Kopieren Sie in einen leeren Speicher.</translation>
    </message>
    <message>
        <source>The target holds a different event under id %1 than the source: it holds other events than the source. Copy into an empty store.</source>
        <translation>Das Ziel enthält unter der ID %1 ein anderes Ereignis als die Quelle: es enthält andere Ereignisse als die Quelle. Kopieren Sie in einen leeren Speicher.</translation>
    </message>
    <message>
        <source>The source and the target are the same store.</source>
        <translation>Quelle und Ziel sind derselbe Speicher.</translation>
    </message>
    <message>
        <source>Cannot read the source: %1</source>
        <translation>Die Quelle kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot open the target: %1</source>
        <translation>Das Ziel kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot write to the target: %1</source>
        <translation>In das Ziel kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot count the rows: %1</source>
        <translation>Die Zeilen können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>A Bellboard server is running on the target: stop it first (the copied events would reach its consoles as new ones).</source>
        <translation>Auf dem Ziel läuft ein Bellboard-Server: Beenden Sie ihn zuerst (die kopierten Ereignisse würden seine Konsolen als neue erreichen).</translation>
    </message>
</context>
<context>
    <name>bb::StoreStatusBanner</name>
    <message>
        <source>Connection to the server</source>
        <translation>Verbindung zum Server</translation>
    </message>
    <message>
        <source>Store unavailable (%1): %2 — retrying at %3</source>
        <translation>Speicher nicht erreichbar (%1): %2 — neuer Versuch um %3</translation>
    </message>
    <message>
        <source>Store unavailable (%1): %2</source>
        <translation>Speicher nicht erreichbar (%1): %2</translation>
    </message>
    <message>
        <source>Disconnected from %1: %2 — retrying at %3</source>
        <translation>Getrennt von %1: %2 — neuer Versuch um %3</translation>
    </message>
    <message>
        <source>Disconnected from %1: %2</source>
        <translation>Getrennt von %1: %2</translation>
    </message>
</context>
<context>
    <name>bb::TlsRefusal</name>
    <message>
        <source>the server&apos;s certificate is not signed by a certificate authority this system trusts (%1); its SHA-256 fingerprint is %2</source>
        <translation>das Zertifikat des Servers ist von keiner Zertifizierungsstelle signiert, der dieses System vertraut (%1); sein SHA-256-Fingerabdruck ist %2</translation>
    </message>
    <message>
        <source>the server&apos;s certificate has CHANGED: it presented %1, but %2 is pinned. Someone may be intercepting the connection, or the server got a new certificate; if you expected that, log in again (bellboard remote login) to pin the new one</source>
        <translation>das Zertifikat des Servers hat sich GEÄNDERT: Es hat %1 vorgelegt, aber %2 ist festgelegt. Möglicherweise wird die Verbindung abgefangen, oder der Server hat ein neues Zertifikat erhalten; wenn Sie das erwartet haben, melden Sie sich erneut an (bellboard remote login), um das neue festzulegen</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
</context>
<context>
    <name>bb::TrayNotifier</name>
    <message>
        <source>Show Bellboard</source>
        <translation>Bellboard anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Bellboard</source>
        <translation>Bellboard</translation>
    </message>
    <message numerus="yes">
        <source>Bellboard: %n unread</source>
        <translation>
            <numerusform>Bellboard: %n ungelesene Meldung</numerusform>
            <numerusform>Bellboard: %n ungelesene Meldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no system tray here, so no desktop notifications; channels still go bold</source>
        <translation>kein Infobereich (System-Tray) vorhanden, daher keine Desktop-Benachrichtigungen; Kanäle werden weiterhin fett hervorgehoben</translation>
    </message>
</context>
<context>
    <name>bb::UserTimeline</name>
    <message>
        <source>%1 — timeline</source>
        <translation>%1 – Verlauf</translation>
    </message>
    <message>
        <source>Everything %1 did, newest first</source>
        <translation>Alles, was %1 getan hat, neueste zuerst</translation>
    </message>
    <message>
        <source>Could not read events: %1</source>
        <translation>Ereignisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Newest %1 events shown</source>
        <translation>Die neuesten %1 Ereignisse werden angezeigt</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported 1 event</source>
        <translation>1 Ereignis exportiert</translation>
    </message>
    <message>
        <source>Exported %1 events</source>
        <translation>%1 Ereignisse exportiert</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Noch keine Ereignisse</translation>
    </message>
    <message>
        <source>First seen %1 · last seen %2</source>
        <translation>Zuerst gesehen %1 · zuletzt gesehen %2</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Latest payment: %1 — %2 (%3)</source>
        <translation>Letzte Zahlung: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Latest plan change: %1 (%2)</source>
        <translation>Letzte Tarifänderung: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>bb::WallClock</name>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>bb::WallTile</name>
    <message>
        <source>none yesterday either</source>
        <translation>auch gestern keine</translation>
    </message>
    <message>
        <source>none last week either</source>
        <translation>auch letzte Woche keine</translation>
    </message>
    <message>
        <source>▲ none by now yesterday</source>
        <translation>▲ gestern um diese Zeit keine</translation>
    </message>
    <message>
        <source>▲ none by now last week</source>
        <translation>▲ letzte Woche um diese Zeit keine</translation>
    </message>
    <message>
        <source>same as yesterday</source>
        <translation>wie gestern</translation>
    </message>
    <message>
        <source>same as last week</source>
        <translation>wie letzte Woche</translation>
    </message>
    <message>
        <source>%1 %2% vs yesterday</source>
        <translation>%1 %2% ggü. gestern</translation>
    </message>
    <message>
        <source>%1 %2% vs last week</source>
        <translation>%1 %2% ggü. letzter Woche</translation>
    </message>
</context>
<context>
    <name>bb::WallTiles</name>
    <message>
        <source>Sign-ups today</source>
        <translation>Anmeldungen heute</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>Umsatz heute</translation>
    </message>
    <message>
        <source>Errors today</source>
        <translation>Fehler heute</translation>
    </message>
</context>
<context>
    <name>bb::WallWindow</name>
    <message>
        <source>Bellboard</source>
        <translation>Bellboard</translation>
    </message>
    <message>
        <source>Bellboard wall</source>
        <translation>Bellboard-Wand</translation>
    </message>
    <message>
        <source>Leave wall mode</source>
        <translation>Wandmodus verlassen</translation>
    </message>
    <message>
        <source>no channel named %1 (known channels: %2)</source>
        <translation>kein Kanal namens %1 (bekannte Kanäle: %2)</translation>
    </message>
</context>
<context>
    <name>bb::WebhookCommandRunner</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 failed: the backend sent %2</source>
        <translation>%1 ist fehlgeschlagen, das Backend sandte: %2</translation>
    </message>
</context>
<context>
    <name>bb::WindowAlerts</name>
    <message>
        <source>Sound is back</source>
        <translation>Ton ist zurück</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Kein Ton</translation>
    </message>
    <message>
        <source>An alert in #%1 rings until someone acknowledges it</source>
        <extracomment>in the status bar while crit alerts repeat their sound; #%1 is the (newest) alert&apos;s channel</extracomment>
        <translation>Ein Alarm in #%1 klingelt, bis ihn jemand quittiert</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts ring until acknowledged, the newest in #%1</source>
        <translation>
            <numerusform>%n Alarm klingelt bis zur Quittierung, der neueste in #%1</numerusform>
            <numerusform>%n Alarme klingeln bis zur Quittierung, der neueste in #%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the newest: /ack or its Acknowledge action stops it for the whole team</source>
        <translation>Den neuesten zeigen: /ack oder seine Aktion „Quittieren“ stoppt ihn für das ganze Team</translation>
    </message>
    <message>
        <source>Alerts ringing until acknowledged</source>
        <translation>Alarme, die bis zur Quittierung klingeln</translation>
    </message>
</context>
<context>
    <name>bb::WindowChatOps</name>
    <message>
        <source>Searches every channel (the search panel&apos;s query language).</source>
        <translation>Durchsucht alle Kanäle (mit der Suchsprache des Suchbereichs).</translation>
    </message>
    <message>
        <source>Opens everything one user did (an e-mail address or @handle).</source>
        <translation>Öffnet alles, was ein Benutzer getan hat (eine E-Mail-Adresse oder @Name).</translation>
    </message>
    <message>
        <source>/user: name an e-mail address or @handle</source>
        <translation>/user: Geben Sie eine E-Mail-Adresse oder einen @Namen an</translation>
    </message>
    <message>
        <source>Opens wall mode with these channels, e.g. /wall financials,user-behavior.</source>
        <translation>Öffnet den Wandmodus mit diesen Kanälen, z. B. /wall financials,user-behavior.</translation>
    </message>
</context>
<context>
    <name>bb::WindowSearch</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen …</translation>
    </message>
    <message>
        <source>#%1 is not in the channel list.</source>
        <translation>#%1 steht nicht in der Kanalliste.</translation>
    </message>
    <message>
        <source>That event is older than the feed keeps open; it stays in the search results.</source>
        <translation>Dieses Ereignis ist älter als das, was der Verlauf geöffnet hält; es bleibt in den Suchergebnissen.</translation>
    </message>
    <message>
        <source>Show everything %1 did</source>
        <translation>Alles anzeigen, was %1 getan hat</translation>
    </message>
</context>
<context>
    <name>bb::WindowSlack</name>
    <message>
        <source>Connect Slack workspace…</source>
        <translation>Slack-Workspace verbinden …</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Slack · %1</source>
        <translation>Slack · %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Slack channels…</source>
        <translation>Slack-Kanäle …</translation>
    </message>
    <message>
        <source>Choose which Slack channels are mirrored</source>
        <translation>Auswählen, welche Slack-Kanäle gespiegelt werden</translation>
    </message>
    <message>
        <source>Slack Channels</source>
        <translation>Slack-Kanäle</translation>
    </message>
    <message>
        <source>The Slack token could not be read: %1</source>
        <translation>Das Slack-Token konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>bb::schema</name>
    <message>
        <source>The event database was written by a newer Bellboard (schema version %1; this version understands up to %2). Use a newer Bellboard or another data folder.</source>
        <translation>Die Ereignisdatenbank stammt von einem neueren Bellboard (Schemaversion %1; diese Version versteht bis %2). Verwenden Sie ein neueres Bellboard oder einen anderen Datenordner.</translation>
    </message>
</context>
<context>
    <name>bb::slacktokens</name>
    <message>
        <source>not logged in to Slack: run `bellboard slack login`</source>
        <translation>nicht bei Slack angemeldet: `bellboard slack login` ausführen</translation>
    </message>
    <message>
        <source>not logged in to Slack: there were no tokens to remove</source>
        <translation>nicht bei Slack angemeldet: Es gab keine Tokens zum Entfernen</translation>
    </message>
    <message>
        <source>the two tokens are swapped: give the bot token (xoxb-…) first, then the app-level token (xapp-…)</source>
        <translation>die beiden Tokens sind vertauscht: Geben Sie zuerst das Bot-Token (xoxb-…) an, dann das App-Level-Token (xapp-…)</translation>
    </message>
    <message>
        <source>the first line must be the bot token, which starts with xoxb- (OAuth &amp; Permissions → Bot User OAuth Token)</source>
        <translation>die erste Zeile muss das Bot-Token sein, das mit xoxb- beginnt (OAuth &amp; Permissions → Bot User OAuth Token)</translation>
    </message>
    <message>
        <source>the second line must be the app-level token, which starts with xapp- (Basic Information → App-Level Tokens, scope connections:write)</source>
        <translation>die zweite Zeile muss das App-Level-Token sein, das mit xapp- beginnt (Basic Information → App-Level Tokens, Scope connections:write)</translation>
    </message>
    <message>
        <source>a token contains spaces or unusual characters: paste it again</source>
        <translation>ein Token enthält Leerzeichen oder ungewöhnliche Zeichen: Fügen Sie es erneut ein</translation>
    </message>
</context>
</TS>
