<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Event → %1</source>
        <translation>Ereignis → %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n retries</source>
        <translation>
            <numerusform> · %n Wiederholung</numerusform>
            <numerusform> · %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>max age %1</source>
        <translation>maximales Alter %1</translation>
    </message>
    <message>
        <source>On success</source>
        <translation>Bei Erfolg</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>Bei Fehler</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>NONE: anyone who can reach the URL can call the function; no signature is checked.</source>
        <translation>NONE: Jeder, der die URL erreicht, kann die Funktion aufrufen; es wird keine Signatur geprüft.</translation>
    </message>
    <message>
        <source>AWS_IAM: only requests signed with SigV4 with the local API&apos;s credentials are let in.</source>
        <translation>AWS_IAM: Nur Anfragen, die mit SigV4 und den Anmeldeinformationen der lokalen API signiert sind, werden zugelassen.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>On (no origin allowed)</source>
        <translation>Ein (kein Ursprung zugelassen)</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debuggen</translation>
    </message>
    <message>
        <source>Invoke with the test event under the debugger: it stops on the breakpoints set in the editor&apos;s margin (Ctrl+F5).%1</source>
        <translation>Mit dem Testereignis im Debugger aufrufen: Er hält an den Haltepunkten, die am Rand des Editors gesetzt sind (Ctrl+F5).%1</translation>
    </message>
    <message>
        <source> The arrow: options.</source>
        <translation> Der Pfeil: Optionen.</translation>
    </message>
    <message>
        <source> Options: Debug menu.</source>
        <translation> Optionen: Menü „Debuggen“.</translation>
    </message>
    <message>
        <source>Content: the folder %1 does not exist</source>
        <translation>Inhalt: Der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>Content: the folder holds %1; a layer may hold at most %2 unzipped</source>
        <translation>Inhalt: Der Ordner enthält %1; eine Ebene darf entpackt höchstens %2 enthalten</translation>
    </message>
    <message>
        <source>Content: the file %1 does not exist</source>
        <translation>Inhalt: Die Datei %1 existiert nicht</translation>
    </message>
    <message>
        <source>Content: the zip is %1; a layer&apos;s zip may be at most %2</source>
        <translation>Inhalt: Die ZIP-Datei ist %1 groß; die ZIP-Datei einer Ebene darf höchstens %2 groß sein</translation>
    </message>
    <message>
        <source>Content: cannot read %1: %2</source>
        <translation>Inhalt: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Content: %1</source>
        <translation>Inhalt: %1</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
</context>
<context>
    <name>blueprint:cold-start-demo</name>
    <message>
        <source>Cold starts and warm environments</source>
        <extracomment>The title of a blueprint (File › New function)</extracomment>
        <translation>Kaltstarts und warme Umgebungen</translation>
    </message>
    <message>
        <source>See what survives between invocations, and why only the first one pays Init Duration.</source>
        <translation>Sehen Sie, was zwischen Aufrufen erhalten bleibt und warum nur der erste Aufruf Init Duration bezahlt.</translation>
    </message>
    <message>
        <source>Code outside the handler runs once, when a new execution environment starts (a cold start); this function deliberately spends about 200 ms there building a lookup table, and its &quot;Init:&quot; log line appears before the first START line. Invoke &quot;invoke&quot; several times: invocationCount grows, coldStart is true only the first time, and only the first REPORT line shows Init Duration. Then change the memory size or edit the code and invoke again: the old environment is retired, the count restarts at 1 and Init Duration comes back.</source>
        <translation>Code außerhalb des Handlers läuft einmal, wenn eine neue Ausführungsumgebung startet (ein Kaltstart); diese Funktion verbringt dort absichtlich etwa 200 ms mit dem Aufbau einer Nachschlagetabelle, und ihre Protokollzeile &quot;Init:&quot; erscheint vor der ersten START-Zeile. Rufen Sie &quot;invoke&quot; mehrmals auf: invocationCount wächst, coldStart ist nur beim ersten Mal true, und nur die erste REPORT-Zeile zeigt Init Duration. Ändern Sie dann die Arbeitsspeichergröße oder bearbeiten Sie den Code und rufen Sie erneut auf: Die alte Umgebung wird beendet, die Zählung beginnt wieder bei 1 und Init Duration erscheint wieder.</translation>
    </message>
</context>
<context>
    <name>blueprint:cpu-demo</name>
    <message>
        <source>Memory size and CPU power</source>
        <translation>Arbeitsspeichergröße und CPU-Leistung</translation>
    </message>
    <message>
        <source>Do a fixed amount of CPU work and see how the memory size sets the CPU share.</source>
        <translation>Eine feste Menge CPU-Arbeit erledigen und sehen, wie die Arbeitsspeichergröße den CPU-Anteil bestimmt.</translation>
    </message>
    <message>
        <source>Lambda gives a function CPU power in proportion to its memory size: one full vCPU at 1769 MB. This function does the same hashing work on every invocation, so its Duration shows how much CPU it got. Invoke it at 128 MB, then at 1769 MB, and compare Duration and Billed Duration.</source>
        <translation>Lambda gibt einer Funktion CPU-Leistung im Verhältnis zu ihrer Arbeitsspeichergröße: eine volle vCPU bei 1769 MB. Diese Funktion erledigt bei jedem Aufruf dieselbe Hash-Arbeit, daher zeigt ihre Duration, wie viel CPU sie bekommen hat. Rufen Sie sie mit 128 MB und dann mit 1769 MB auf und vergleichen Sie Duration und Billed Duration.</translation>
    </message>
</context>
<context>
    <name>blueprint:env-config</name>
    <message>
        <source>Configuration with environment variables</source>
        <translation>Konfiguration mit Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Read settings from environment variables, convert them from strings, and fail fast on bad values.</source>
        <translation>Einstellungen aus Umgebungsvariablen lesen, aus Zeichenfolgen umwandeln und bei ungültigen Werten sofort fehlschlagen.</translation>
    </message>
    <message>
        <source>The function reads GREETING, STAGE, MAX_ITEMS and FEATURE_FLAGS once at start-up and also shows variables Lambda sets itself (function name, region, memory size). Environment variables are always strings, so numbers and lists must be parsed. Change GREETING or MAX_ITEMS in the configuration and invoke again (changing configuration starts a new environment). Set MAX_ITEMS to &quot;lots&quot; to see an initialisation error.</source>
        <translation>Die Funktion liest GREETING, STAGE, MAX_ITEMS und FEATURE_FLAGS einmal beim Start und zeigt auch Variablen, die Lambda selbst setzt (Funktionsname, Region, Arbeitsspeichergröße). Umgebungsvariablen sind immer Zeichenfolgen, daher müssen Zahlen und Listen geparst werden. Ändern Sie GREETING oder MAX_ITEMS in der Konfiguration und rufen Sie erneut auf (eine Konfigurationsänderung startet eine neue Umgebung). Setzen Sie MAX_ITEMS auf &quot;lots&quot;, um einen Initialisierungsfehler zu sehen.</translation>
    </message>
</context>
<context>
    <name>blueprint:error-handling</name>
    <message>
        <source>Errors: errorType, errorMessage, stackTrace</source>
        <translation>Fehler: errorType, errorMessage, stackTrace</translation>
    </message>
    <message>
        <source>Throw a custom error for bad input and see how Lambda reports a function error.</source>
        <translation>Bei ungültiger Eingabe einen eigenen Fehler auslösen und sehen, wie Lambda einen Funktionsfehler meldet.</translation>
    </message>
    <message>
        <source>When a handler raises or throws, Lambda turns the error into a JSON result with errorType (the error&apos;s class name), errorMessage and stackTrace, and marks the invocation as failed (X-Amz-Function-Error: Unhandled). Invoke &quot;ok&quot; for a normal result, &quot;bad-input&quot; for the custom ValidationError, and &quot;bug&quot; for an ordinary built-in error. Unlike a timeout or a memory kill, an error thrown by your code leaves the environment warm for the next invocation.</source>
        <translation>Wenn ein Handler eine Ausnahme auslöst, wandelt Lambda den Fehler in ein JSON-Ergebnis mit errorType (dem Klassennamen des Fehlers), errorMessage und stackTrace um und markiert den Aufruf als fehlgeschlagen (X-Amz-Function-Error: Unhandled). Rufen Sie &quot;ok&quot; für ein normales Ergebnis auf, &quot;bad-input&quot; für den eigenen ValidationError und &quot;bug&quot; für einen gewöhnlichen eingebauten Fehler. Anders als eine Zeitüberschreitung oder ein Abbruch wegen Arbeitsspeichermangels lässt ein von Ihrem Code ausgelöster Fehler die Umgebung für den nächsten Aufruf warm.</translation>
    </message>
</context>
<context>
    <name>blueprint:event-context</name>
    <message>
        <source>The event and the context object</source>
        <translation>Das Ereignis und das Kontextobjekt</translation>
    </message>
    <message>
        <source>Return the event you sent and what the context object says about this invocation.</source>
        <translation>Das gesendete Ereignis zurückgeben und zeigen, was das Kontextobjekt über diesen Aufruf sagt.</translation>
    </message>
    <message>
        <source>The handler gets two arguments: the event (your JSON, parsed) and the context (facts Lambda supplies: request id, function name and version, memory limit, time left before the timeout, log group and stream). This function returns both. Edit the test event and invoke again, or change the timeout and watch remainingTimeMs follow.</source>
        <translation>Der Handler erhält zwei Argumente: das Ereignis (Ihr JSON, geparst) und den Kontext (Angaben, die Lambda liefert: Anfrage-ID, Funktionsname und -version, Arbeitsspeicherlimit, verbleibende Zeit bis zum Zeitlimit, Protokollgruppe und -stream). Diese Funktion gibt beides zurück. Bearbeiten Sie das Testereignis und rufen Sie erneut auf, oder ändern Sie das Zeitlimit und beobachten Sie, wie remainingTimeMs folgt.</translation>
    </message>
</context>
<context>
    <name>blueprint:hello-world-nodejs</name>
    <message>
        <source>Hello world (Node.js)</source>
        <translation>Hello World (Node.js)</translation>
    </message>
    <message>
        <source>The smallest useful Node.js function: read the event, log a line, return a response.</source>
        <translation>Die kleinste sinnvolle Node.js-Funktion: Ereignis lesen, eine Zeile protokollieren, eine Antwort zurückgeben.</translation>
    </message>
    <message>
        <source>An async Node.js handler that greets the &quot;name&quot; from the event and returns an API-style response with a statusCode and a JSON body. Invoke the &quot;hello&quot; event, then &quot;no-name&quot; to see the default value used. In the log viewer, each console.log line is prefixed with a timestamp, the request id and INFO, just as on AWS.</source>
        <translation>Ein asynchroner Node.js-Handler, der den &quot;name&quot; aus dem Ereignis begrüßt und eine Antwort im API-Stil mit statusCode und JSON-Body zurückgibt. Rufen Sie das Ereignis &quot;hello&quot; auf, dann &quot;no-name&quot;, um den verwendeten Standardwert zu sehen. In der Protokollanzeige hat jede console.log-Zeile einen Zeitstempel, die Anfrage-ID und INFO als Präfix, genau wie bei AWS.</translation>
    </message>
</context>
<context>
    <name>blueprint:hello-world-python</name>
    <message>
        <source>Hello world (Python)</source>
        <translation>Hello World (Python)</translation>
    </message>
    <message>
        <source>The smallest useful Python function: read the event, log a line, return a response.</source>
        <translation>Die kleinste sinnvolle Python-Funktion: Ereignis lesen, eine Zeile protokollieren, eine Antwort zurückgeben.</translation>
    </message>
    <message>
        <source>A Python handler that greets the &quot;name&quot; from the event and returns an API-style response with a statusCode and a JSON body. Invoke the &quot;hello&quot; event, then the &quot;no-name&quot; event to see the default value used. Watch the log viewer: your print() line sits between START and END, and the REPORT line shows duration and memory.</source>
        <translation>Ein Python-Handler, der den &quot;name&quot; aus dem Ereignis begrüßt und eine Antwort im API-Stil mit statusCode und JSON-Body zurückgibt. Rufen Sie das Ereignis &quot;hello&quot; auf, dann das Ereignis &quot;no-name&quot;, um den verwendeten Standardwert zu sehen. Beobachten Sie die Protokollanzeige: Ihre print()-Zeile steht zwischen START und END, und die REPORT-Zeile zeigt Dauer und Arbeitsspeicher.</translation>
    </message>
</context>
<context>
    <name>blueprint:http-api</name>
    <message>
        <source>HTTP API backend (API Gateway v2)</source>
        <translation>HTTP-API-Backend (API Gateway v2)</translation>
    </message>
    <message>
        <source>A small REST-style API behind an API Gateway HTTP API or a function URL: routing, JSON validation, status codes.</source>
        <translation>Eine kleine API im REST-Stil hinter einer HTTP-API von API Gateway oder einer Funktions-URL: Routing, JSON-Validierung, Statuscodes.</translation>
    </message>
    <message>
        <source>Handles API Gateway HTTP API and function URL events (payload format 2.0): GET /items, GET /items/{id} and POST /items, with 400 for an invalid body and 404 for unknown items or routes. Try &quot;post-item&quot; and then &quot;get-items&quot;: the new item is still there because module-level data lives as long as the warm environment, and it is gone after a cold start (change the memory size to force one). It is created with a function URL (auth type NONE): open it in a browser, or call it with curl, e.g. curl URL/items. Note that the response body is always a string, even when it holds JSON.</source>
        <translation>Verarbeitet Ereignisse von HTTP-APIs in API Gateway und von Funktions-URLs (Nutzlastformat 2.0): GET /items, GET /items/{id} und POST /items, mit 400 bei ungültigem Body und 404 bei unbekannten Elementen oder Routen. Probieren Sie &quot;post-item&quot; und dann &quot;get-items&quot;: Das neue Element ist noch da, weil Daten auf Modulebene so lange leben wie die warme Umgebung, und nach einem Kaltstart ist es verschwunden (ändern Sie die Arbeitsspeichergröße, um einen zu erzwingen). Die Funktion wird mit einer Funktions-URL erstellt (Authentifizierungstyp NONE): Öffnen Sie sie in einem Browser oder rufen Sie sie mit curl auf, z. B. curl URL/items. Beachten Sie, dass der Body der Antwort immer eine Zeichenfolge ist, auch wenn er JSON enthält.</translation>
    </message>
</context>
<context>
    <name>blueprint:json-transform</name>
    <message>
        <source>JSON transform</source>
        <translation>JSON-Transformation</translation>
    </message>
    <message>
        <source>Reshape a messy JSON record into a clean one: rename fields, convert types, compute totals.</source>
        <translation>Einen unordentlichen JSON-Datensatz in einen sauberen umformen: Felder umbenennen, Typen umwandeln, Summen berechnen.</translation>
    </message>
    <message>
        <source>A pure data-in, data-out function, the kind often used as a Step Functions task or a small integration step. It turns a snake_case order with numbers stored as strings into a camelCase order with real numbers, a trimmed lower-case email and totals computed in whole cents to avoid floating-point rounding errors. Edit the &quot;legacy-order&quot; event (add a line, change a price) and compare input and output.</source>
        <translation>Eine reine Daten-rein-Daten-raus-Funktion, wie sie oft als Step-Functions-Task oder kleiner Integrationsschritt verwendet wird. Sie macht aus einer Bestellung in snake_case mit als Zeichenfolgen gespeicherten Zahlen eine Bestellung in camelCase mit echten Zahlen, einer getrimmten E-Mail-Adresse in Kleinbuchstaben und Summen, die in ganzen Cent berechnet werden, um Rundungsfehler bei Gleitkommazahlen zu vermeiden. Bearbeiten Sie das Ereignis &quot;legacy-order&quot; (fügen Sie eine Position hinzu, ändern Sie einen Preis) und vergleichen Sie Eingabe und Ausgabe.</translation>
    </message>
</context>
<context>
    <name>blueprint:memory-demo</name>
    <message>
        <source>Memory limit and Max Memory Used</source>
        <translation>Arbeitsspeicherlimit und Max Memory Used</translation>
    </message>
    <message>
        <source>Allocate real memory and see Max Memory Used climb, then exceed the 128 MB limit.</source>
        <translation>Echten Arbeitsspeicher belegen, Max Memory Used steigen sehen und dann das Limit von 128 MB überschreiten.</translation>
    </message>
    <message>
        <source>The function allocates event.megabytes MB in 1 MB blocks and writes to every 4 KB page of them, so the memory is really used, not just reserved; every 16 MB it logs the process&apos;s resident memory, split into its own part and the files it shares with other processes (the runtime&apos;s code). &quot;fits&quot; (40 MB) succeeds, and the REPORT line&apos;s Max Memory Used (the peak of the whole process, runtime included) is above 40 MB. &quot;too-much&quot; (300 MB) goes past the 128 MB memory size: within a few seconds the process is killed mid-allocation, the progress log stops, the invocation fails with Runtime.OutOfMemory (&quot;Runtime exited with error: signal: killed&quot;), REPORT says 128 MB of 128 MB used, and the next invocation starts a fresh environment. Locally the limit counts the function&apos;s own memory (the runtime&apos;s code is usually in memory already for other programs), so the last resident figure may pass 128 MB. Raise the memory size to 512 MB and run &quot;too-much&quot; again.</source>
        <translation>Die Funktion belegt event.megabytes MB in Blöcken von 1 MB und schreibt in jede 4-KB-Seite davon, sodass der Arbeitsspeicher wirklich verwendet und nicht nur reserviert wird; alle 16 MB protokolliert sie den residenten Arbeitsspeicher des Prozesses, aufgeteilt in den eigenen Anteil und die Dateien, die er mit anderen Prozessen teilt (den Code der Laufzeit). &quot;fits&quot; (40 MB) ist erfolgreich, und Max Memory Used in der REPORT-Zeile (die Spitze des gesamten Prozesses, Laufzeit eingeschlossen) liegt über 40 MB. &quot;too-much&quot; (300 MB) überschreitet die Arbeitsspeichergröße von 128 MB: Innerhalb weniger Sekunden wird der Prozess mitten in der Belegung beendet, das Fortschrittsprotokoll bricht ab, der Aufruf schlägt mit Runtime.OutOfMemory fehl (&quot;Runtime exited with error: signal: killed&quot;), REPORT meldet 128 MB von 128 MB verwendet, und der nächste Aufruf startet eine frische Umgebung. Lokal zählt das Limit den eigenen Arbeitsspeicher der Funktion (der Code der Laufzeit ist meist schon für andere Programme im Arbeitsspeicher), daher kann der letzte residente Wert über 128 MB liegen. Erhöhen Sie die Arbeitsspeichergröße auf 512 MB und führen Sie &quot;too-much&quot; erneut aus.</translation>
    </message>
</context>
<context>
    <name>blueprint:s3-object-processor</name>
    <message>
        <source>S3 object processor</source>
        <translation>S3-Objektverarbeitung</translation>
    </message>
    <message>
        <source>React to files uploaded to an S3 bucket: decode object keys and log what arrived.</source>
        <translation>Auf Dateien reagieren, die in einen S3-Bucket hochgeladen werden: Objektschlüssel decodieren und protokollieren, was angekommen ist.</translation>
    </message>
    <message>
        <source>Handles S3 event notifications (ObjectCreated:Put). One event can carry several Records, so the handler loops over them. Object keys arrive URL-encoded (a space becomes &quot;+&quot;, other special characters become %xx): compare the raw key in the &quot;s3-put&quot; event with the decoded key in the log. Try editing the event to add a key with unicode characters, e.g. &quot;caf%C3%A9.txt&quot;.</source>
        <translation>Verarbeitet S3-Ereignisbenachrichtigungen (ObjectCreated:Put). Ein Ereignis kann mehrere Records enthalten, daher durchläuft der Handler sie in einer Schleife. Objektschlüssel kommen URL-codiert an (ein Leerzeichen wird zu &quot;+&quot;, andere Sonderzeichen werden zu %xx): Vergleichen Sie den rohen Schlüssel im Ereignis &quot;s3-put&quot; mit dem decodierten Schlüssel im Protokoll. Bearbeiten Sie das Ereignis testweise und fügen Sie einen Schlüssel mit Unicode-Zeichen hinzu, z. B. &quot;caf%C3%A9.txt&quot;.</translation>
    </message>
</context>
<context>
    <name>blueprint:scheduled-job</name>
    <message>
        <source>Scheduled job (EventBridge cron)</source>
        <translation>Geplanter Job (EventBridge-cron)</translation>
    </message>
    <message>
        <source>A nightly cleanup task run by an EventBridge schedule such as cron(0 3 * * ? *).</source>
        <translation>Eine nächtliche Bereinigungsaufgabe, ausgeführt von einem EventBridge-Zeitplan wie cron(0 3 * * ? *).</translation>
    </message>
    <message>
        <source>EventBridge calls the function on a schedule with a &quot;Scheduled Event&quot; whose &quot;time&quot; field is the scheduled time. The handler uses that time (not the clock) to decide which sample sessions are older than RETENTION_HOURS and would be deleted, so runs are repeatable. Change &quot;time&quot; in the &quot;scheduled&quot; event, or the RETENTION_HOURS environment variable, and invoke again to see a different result.</source>
        <translation>EventBridge ruft die Funktion nach einem Zeitplan mit einem &quot;Scheduled Event&quot; auf, dessen Feld &quot;time&quot; die geplante Zeit ist. Der Handler verwendet diese Zeit (nicht die Uhr), um zu entscheiden, welche Beispielsitzungen älter als RETENTION_HOURS sind und gelöscht würden, sodass Ausführungen wiederholbar sind. Ändern Sie &quot;time&quot; im Ereignis &quot;scheduled&quot; oder die Umgebungsvariable RETENTION_HOURS und rufen Sie erneut auf, um ein anderes Ergebnis zu sehen.</translation>
    </message>
</context>
<context>
    <name>blueprint:sqs-batch-processor</name>
    <message>
        <source>SQS batch processor (partial batch failures)</source>
        <translation>SQS-Batchverarbeitung (teilweise Batchfehler)</translation>
    </message>
    <message>
        <source>Consume a batch of SQS messages and report only the bad ones back to the queue.</source>
        <translation>Einen Batch von SQS-Nachrichten verarbeiten und nur die fehlerhaften an die Warteschlange zurückmelden.</translation>
    </message>
    <message>
        <source>Lambda polls an SQS queue and hands the function up to 10 messages at once. With ReportBatchItemFailures turned on for the event source mapping, the function returns {&quot;batchItemFailures&quot;: [{&quot;itemIdentifier&quot;: messageId}]} and only those messages go back to the queue for a retry; the rest are deleted. Compare &quot;sqs-all-good&quot; (empty list) with &quot;sqs-some-bad&quot; (one body is not JSON, one lacks &quot;orderId&quot;), and read why throwing an error instead would retry the whole batch.</source>
        <translation>Lambda fragt eine SQS-Warteschlange ab und übergibt der Funktion bis zu 10 Nachrichten auf einmal. Wenn ReportBatchItemFailures für die Zuordnung von Ereignisquellen aktiviert ist, gibt die Funktion {&quot;batchItemFailures&quot;: [{&quot;itemIdentifier&quot;: messageId}]} zurück, und nur diese Nachrichten gehen für eine Wiederholung zurück in die Warteschlange; der Rest wird gelöscht. Vergleichen Sie &quot;sqs-all-good&quot; (leere Liste) mit &quot;sqs-some-bad&quot; (ein Body ist kein JSON, einem fehlt &quot;orderId&quot;), und lesen Sie, warum das Auslösen eines Fehlers stattdessen den ganzen Batch wiederholen würde.</translation>
    </message>
</context>
<context>
    <name>blueprint:timeout-demo</name>
    <message>
        <source>Timeouts and remaining time</source>
        <translation>Zeitüberschreitungen und verbleibende Zeit</translation>
    </message>
    <message>
        <source>Sleep past the 3-second timeout and watch Lambda stop the function mid-work.</source>
        <translation>Über das Zeitlimit von 3 Sekunden hinaus schlafen und zusehen, wie Lambda die Funktion mitten in der Arbeit stoppt.</translation>
    </message>
    <message>
        <source>The function sleeps for event.sleepSeconds, logging each second together with the time the context says is left. The timeout is 3 s, so &quot;times-out&quot; (5 s) is stopped with &quot;Task timed out after 3.00 seconds&quot; and the environment is reset, while &quot;finishes&quot; (1 s) returns normally. &quot;stops-in-time&quot; shows the fix: check the remaining time and stop cleanly before the deadline. Try raising the timeout in the configuration to 6 s and run &quot;times-out&quot; again.</source>
        <translation>Die Funktion schläft event.sleepSeconds lang und protokolliert jede Sekunde zusammen mit der Zeit, die laut Kontext noch bleibt. Das Zeitlimit beträgt 3 s, daher wird &quot;times-out&quot; (5 s) mit &quot;Task timed out after 3.00 seconds&quot; gestoppt und die Umgebung zurückgesetzt, während &quot;finishes&quot; (1 s) normal zurückkehrt. &quot;stops-in-time&quot; zeigt die Lösung: die verbleibende Zeit prüfen und vor Ablauf der Frist sauber aufhören. Erhöhen Sie das Zeitlimit in der Konfiguration testweise auf 6 s und führen Sie &quot;times-out&quot; erneut aus.</translation>
    </message>
</context>
<context>
    <name>eventtemplate</name>
    <message>
        <source>API Gateway REST API (proxy)</source>
        <translation>API Gateway REST API (Proxy)</translation>
    </message>
    <message>
        <source>API Gateway HTTP API (payload v2.0)</source>
        <translation>API Gateway HTTP API (Nutzlast v2.0)</translation>
    </message>
    <message>
        <source>API Gateway REST authorizer (TOKEN)</source>
        <translation>API Gateway REST-Autorisierer (TOKEN)</translation>
    </message>
    <message>
        <source>API Gateway REST authorizer (REQUEST)</source>
        <translation>API Gateway REST-Autorisierer (REQUEST)</translation>
    </message>
    <message>
        <source>Lambda function URL</source>
        <translation>Lambda-Funktions-URL</translation>
    </message>
    <message>
        <source>Application Load Balancer</source>
        <translation>Application Load Balancer</translation>
    </message>
    <message>
        <source>S3 Put (ObjectCreated:Put)</source>
        <translation>S3 Put (ObjectCreated:Put)</translation>
    </message>
    <message>
        <source>S3 Delete (ObjectRemoved:Delete)</source>
        <translation>S3 Delete (ObjectRemoved:Delete)</translation>
    </message>
    <message>
        <source>SQS message batch</source>
        <translation>SQS-Nachrichtenbatch</translation>
    </message>
    <message>
        <source>SNS notification</source>
        <translation>SNS-Benachrichtigung</translation>
    </message>
    <message>
        <source>EventBridge custom event</source>
        <translation>Benutzerdefiniertes EventBridge-Ereignis</translation>
    </message>
    <message>
        <source>EventBridge Scheduled Event (cron / rate)</source>
        <translation>EventBridge Scheduled Event (cron / rate)</translation>
    </message>
    <message>
        <source>DynamoDB Streams (INSERT, MODIFY, REMOVE)</source>
        <translation>DynamoDB Streams (INSERT, MODIFY, REMOVE)</translation>
    </message>
    <message>
        <source>Kinesis Data Streams</source>
        <translation>Kinesis Data Streams</translation>
    </message>
    <message>
        <source>Amazon Data Firehose (Kinesis Firehose) transformation</source>
        <translation>Amazon Data Firehose (Kinesis Firehose): Transformation</translation>
    </message>
    <message>
        <source>CloudWatch Logs subscription filter</source>
        <translation>CloudWatch Logs: Abonnementfilter</translation>
    </message>
    <message>
        <source>Cognito User Pools: pre sign-up</source>
        <translation>Cognito-Benutzerpools: Pre-Sign-up</translation>
    </message>
    <message>
        <source>Cognito User Pools: post confirmation</source>
        <translation>Cognito-Benutzerpools: Post-Confirmation</translation>
    </message>
    <message>
        <source>SES email receiving (Lambda action)</source>
        <translation>SES-E-Mail-Empfang (Lambda-Aktion)</translation>
    </message>
    <message>
        <source>CloudFormation custom resource (Create)</source>
        <translation>Benutzerdefinierte CloudFormation-Ressource (Create)</translation>
    </message>
    <message>
        <source>Step Functions task input</source>
        <translation>Step Functions: Task-Eingabe</translation>
    </message>
    <message>
        <source>AWS IoT rule (SELECT *, topic(), timestamp())</source>
        <translation>AWS IoT-Regel (SELECT *, topic(), timestamp())</translation>
    </message>
    <message>
        <source>CodePipeline Lambda invoke action (job)</source>
        <translation>CodePipeline: Lambda-Aufrufaktion (Job)</translation>
    </message>
    <message>
        <source>Amazon Lex V2 (dialog code hook)</source>
        <translation>Amazon Lex V2 (Dialog-Code-Hook)</translation>
    </message>
    <message>
        <source>Amazon MSK (Kafka) records</source>
        <translation>Amazon MSK (Kafka): Datensätze</translation>
    </message>
    <message>
        <source>AppSync direct Lambda resolver</source>
        <translation>AppSync: direkter Lambda-Resolver</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <source>Lambda writes one REPORT line to the function&apos;s log at the end of every invocation. It says how long the invocation ran and was billed, how much memory was configured and used and, after a cold start, how long the init phase took.</source>
        <translation>Lambda schreibt am Ende jedes Aufrufs eine REPORT-Zeile ins Protokoll der Funktion. Sie sagt, wie lange der Aufruf lief und abgerechnet wurde, wie viel Arbeitsspeicher konfiguriert war und genutzt wurde und, nach einem Kaltstart, wie lange die Init-Phase dauerte.</translation>
    </message>
    <message>
        <source>The ID Lambda gives each invocation. The START, END and REPORT lines and the lines your code logs carry it, and the handler reads it from the context object, so it ties together everything one invocation wrote.</source>
        <translation>Die ID, die Lambda jedem Aufruf gibt. Die Zeilen START, END und REPORT und die Zeilen, die Ihr Code protokolliert, tragen sie, und der Handler liest sie aus dem Kontextobjekt – so verbindet sie alles, was ein Aufruf geschrieben hat.</translation>
    </message>
    <message>
        <source>The time the handler took to process the event: from the moment the runtime received it until it returned a response or an error. The init phase of a cold start is not part of it; Init Duration tells that time.</source>
        <translation>Die Zeit, die der Handler für das Ereignis brauchte: vom Moment, in dem die Laufzeit es erhielt, bis er eine Antwort oder einen Fehler zurückgab. Die Init-Phase eines Kaltstarts gehört nicht dazu; diese Zeit nennt Init Duration.</translation>
    </message>
    <message>
        <source>The time the invocation is charged for: its Duration rounded up to the next millisecond. Lambda&apos;s price is this time multiplied by the memory configured (GB-seconds), plus a fee per request.</source>
        <translation>Die Zeit, die für den Aufruf berechnet wird: seine Duration, aufgerundet auf die nächste Millisekunde. Der Preis bei Lambda ist diese Zeit mal den konfigurierten Arbeitsspeicher (GB-Sekunden), plus eine Gebühr pro Anfrage.</translation>
    </message>
    <message>
        <source>The memory configured for the function, from 128 MB to 10,240 MB. Lambda gives the function CPU power in proportion to it, and the price of each millisecond grows with it.</source>
        <translation>Der für die Funktion konfigurierte Arbeitsspeicher, von 128 MB bis 10.240 MB. Lambda gibt der Funktion CPU-Leistung im Verhältnis dazu, und der Preis jeder Millisekunde wächst mit ihm.</translation>
    </message>
    <message>
        <source>The most memory the function&apos;s processes used, in MB. When invocations share an execution environment, it is the highest use across them. Close to Memory Size, the function risks running out of memory; far below it, a smaller setting may do.</source>
        <translation>Der meiste Arbeitsspeicher, den die Prozesse der Funktion nutzten, in MB. Teilen sich Aufrufe eine Ausführungsumgebung, ist es der höchste Verbrauch über alle. Nahe an Memory Size droht der Funktion der Speicher auszugehen; weit darunter genügt vielleicht eine kleinere Einstellung.</translation>
    </message>
    <message>
        <source>The time the init phase took: starting the runtime and running the code outside the handler (imports, clients, global state). It appears only on the first invocation of a new execution environment, a cold start; warm invocations reuse the environment and skip it.</source>
        <translation>Die Dauer der Init-Phase: das Starten der Laufzeit und das Ausführen des Codes außerhalb des Handlers (Importe, Clients, globaler Zustand). Sie erscheint nur beim ersten Aufruf einer neuen Ausführungsumgebung, einem Kaltstart; warme Aufrufe nutzen die Umgebung weiter und überspringen sie.</translation>
    </message>
    <message>
        <source>CPU share</source>
        <translation>CPU-Anteil</translation>
    </message>
    <message>
        <source>Lambda allocates CPU power in proportion to the memory configured: at 1,769 MB a function has the equivalent of one vCPU, below that a fraction of one, and at 10,240 MB up to 6 vCPUs. More memory therefore also makes CPU-bound code faster.</source>
        <translation>Lambda teilt CPU-Leistung im Verhältnis zum konfigurierten Arbeitsspeicher zu: Bei 1.769 MB hat eine Funktion den Gegenwert einer vCPU, darunter einen Bruchteil davon und bei 10.240 MB bis zu 6 vCPUs. Mehr Arbeitsspeicher macht daher auch rechenintensiven Code schneller.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>The memory available to the function at runtime, 128 MB to 10,240 MB in 1 MB steps. CPU power grows in proportion to it, and so does the price of each millisecond. An invocation whose processes need more is stopped.</source>
        <translation>Der Arbeitsspeicher, der der Funktion zur Laufzeit zur Verfügung steht, 128 MB bis 10.240 MB in Schritten von 1 MB. Die CPU-Leistung wächst im Verhältnis dazu, ebenso der Preis jeder Millisekunde. Ein Aufruf, dessen Prozesse mehr brauchen, wird gestoppt.</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>The longest an invocation may run, from 1 second to 15 minutes (900 seconds); the default is 3 seconds. At the deadline Lambda stops the invocation (&quot;Task timed out&quot;, error type Sandbox.Timedout).</source>
        <translation>Die längste Zeit, die ein Aufruf laufen darf, von 1 Sekunde bis 15 Minuten (900 Sekunden); Standard sind 3 Sekunden. Bei Ablauf stoppt Lambda den Aufruf („Task timed out“, Fehlertyp Sandbox.Timedout).</translation>
    </message>
    <message>
        <source>Ephemeral storage</source>
        <translation>Flüchtiger Speicher</translation>
    </message>
    <message>
        <source>The size of /tmp in each execution environment, 512 MB to 10,240 MB. Files written there stay while the environment is warm and are gone when it is replaced: a cache, not a place to keep data.</source>
        <translation>Die Größe von /tmp in jeder Ausführungsumgebung, 512 MB bis 10.240 MB. Dort geschriebene Dateien bleiben, solange die Umgebung warm ist, und sind weg, wenn sie ersetzt wird: ein Cache, kein Ort, um Daten aufzubewahren.</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>The function Lambda calls with each event, written as file.function: lambda_function.lambda_handler calls lambda_handler in lambda_function.py, index.handler the exported handler of index.mjs or index.js. A wrong name fails with Runtime.ImportModuleError or Runtime.HandlerNotFound.</source>
        <translation>Die Funktion, die Lambda mit jedem Ereignis aufruft, geschrieben als datei.funktion: lambda_function.lambda_handler ruft lambda_handler in lambda_function.py auf, index.handler den exportierten handler von index.mjs oder index.js. Ein falscher Name scheitert mit Runtime.ImportModuleError oder Runtime.HandlerNotFound.</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>The language environment that loads and runs the function&apos;s code, such as python3.12 or nodejs20.x, or provided for a bootstrap program of your own. It passes events between Lambda and the handler through the Runtime API.</source>
        <translation>Die Sprachumgebung, die den Code der Funktion lädt und ausführt, etwa python3.12 oder nodejs20.x, oder provided für ein eigenes bootstrap-Programm. Sie reicht Ereignisse über die Runtime API zwischen Lambda und dem Handler weiter.</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>The instruction set of the processor the function runs on: x86_64, or arm64 (AWS Graviton). Native libraries in the code and its layers must be built for it.</source>
        <translation>Der Befehlssatz des Prozessors, auf dem die Funktion läuft: x86_64 oder arm64 (AWS Graviton). Native Bibliotheken im Code und in seinen Ebenen müssen dafür gebaut sein.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>A free text of up to 256 characters that says what the function is for. Lambda keeps it with the configuration; it has no effect on how the function runs.</source>
        <translation>Ein freier Text von bis zu 256 Zeichen, der sagt, wofür die Funktion da ist. Lambda bewahrt ihn mit der Konfiguration auf; er hat keinen Einfluss darauf, wie die Funktion läuft.</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Key-value pairs Lambda sets in the execution environment, read by the code like any environment variable (os.environ in Python, process.env in Node.js). They change behaviour without a change of code; together they may take 4 KB, and keys Lambda reserves, such as AWS_REGION, cannot be set.</source>
        <translation>Schlüssel-Wert-Paare, die Lambda in der Ausführungsumgebung setzt und die der Code wie jede Umgebungsvariable liest (os.environ in Python, process.env in Node.js). Sie ändern das Verhalten ohne Codeänderung; zusammen dürfen sie 4 KB groß sein, und Schlüssel, die Lambda reserviert, etwa AWS_REGION, können nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Reserved concurrency</source>
        <translation>Reservierte Gleichzeitigkeit</translation>
    </message>
    <message>
        <source>The most execution environments the function may use at the same time, set aside for it out of the account&apos;s concurrency. Requests beyond it are throttled (TooManyRequestsException, HTTP 429); 0 stops every invocation.</source>
        <translation>Die meisten Ausführungsumgebungen, die die Funktion gleichzeitig nutzen darf, für sie aus der Gleichzeitigkeit des Kontos abgezweigt. Anfragen darüber hinaus werden gedrosselt (TooManyRequestsException, HTTP 429); 0 stoppt jeden Aufruf.</translation>
    </message>
    <message>
        <source>Provisioned concurrency</source>
        <translation>Bereitgestellte Gleichzeitigkeit</translation>
    </message>
    <message>
        <source>Execution environments Lambda initialises ahead of time for a version or an alias, so that their invocations start warm, without an Init Duration. They are billed for as long as they are configured, used or not.</source>
        <translation>Ausführungsumgebungen, die Lambda für eine Version oder einen Alias im Voraus initialisiert, sodass deren Aufrufe warm starten, ohne Init Duration. Sie werden berechnet, solange sie konfiguriert sind, ob genutzt oder nicht.</translation>
    </message>
    <message>
        <source>Asynchronous invocation</source>
        <translation>Asynchroner Aufruf</translation>
    </message>
    <message>
        <source>With the Event invocation type Lambda queues the event, answers at once (HTTP 202) and runs the function in the background. When it fails, Lambda retries it, and can send a record of the outcome to a destination.</source>
        <translation>Beim Aufruftyp Event stellt Lambda das Ereignis in eine Warteschlange, antwortet sofort (HTTP 202) und führt die Funktion im Hintergrund aus. Scheitert sie, wiederholt Lambda den Aufruf und kann einen Datensatz über das Ergebnis an ein Ziel senden.</translation>
    </message>
    <message>
        <source>Maximum age of event</source>
        <translation>Maximales Alter des Ereignisses</translation>
    </message>
    <message>
        <source>How long Lambda keeps an asynchronous event in its queue, from 60 seconds to 6 hours. An event older than that is discarded, or sent to the on-failure destination or dead-letter queue.</source>
        <translation>Wie lange Lambda ein asynchrones Ereignis in seiner Warteschlange behält, von 60 Sekunden bis 6 Stunden. Ein älteres Ereignis wird verworfen oder an das Ziel „Bei Fehler“ oder die Warteschlange für unzustellbare Nachrichten gesendet.</translation>
    </message>
    <message>
        <source>Retry attempts</source>
        <translation>Wiederholungsversuche</translation>
    </message>
    <message>
        <source>How many times Lambda retries an asynchronous invocation that returned an error: 0, 1 or 2 (the default). Lambda waits about a minute before the first retry and two before the second; an event that still fails goes to the on-failure destination or dead-letter queue.</source>
        <translation>Wie oft Lambda einen asynchronen Aufruf wiederholt, der einen Fehler zurückgab: 0, 1 oder 2 (Standard). Lambda wartet etwa eine Minute vor dem ersten und zwei vor dem zweiten Versuch; ein Ereignis, das weiter scheitert, geht an das Ziel „Bei Fehler“ oder die Warteschlange für unzustellbare Nachrichten.</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Where Lambda sends a record of each asynchronous invocation: on success, on failure, or both. The record holds the request, the response and, on failure, why it failed.</source>
        <translation>Wohin Lambda einen Datensatz jedes asynchronen Aufrufs sendet: bei Erfolg, bei Fehler oder beides. Der Datensatz enthält die Anfrage, die Antwort und, bei Fehler, warum er scheiterte.</translation>
    </message>
    <message>
        <source>Dead-letter queue</source>
        <translation>Warteschlange für unzustellbare Nachrichten</translation>
    </message>
    <message>
        <source>An Amazon SQS queue or Amazon SNS topic that receives the events of asynchronous invocations that failed every attempt. Unlike an on-failure destination it keeps only the event, not the response or the error.</source>
        <translation>Eine Amazon-SQS-Warteschlange oder ein Amazon-SNS-Thema, das die Ereignisse asynchroner Aufrufe erhält, die bei jedem Versuch scheiterten. Anders als ein Ziel „Bei Fehler“ bewahrt sie nur das Ereignis auf, nicht die Antwort oder den Fehler.</translation>
    </message>
    <message>
        <source>Log format</source>
        <translation>Protokollformat</translation>
    </message>
    <message>
        <source>Text keeps log lines as the runtime prints them; JSON writes every line as a JSON object with its time, level and request ID, which makes logs easy to filter and query. Log levels apply only with the JSON format.</source>
        <translation>Text behält Protokollzeilen so, wie die Laufzeit sie ausgibt; JSON schreibt jede Zeile als JSON-Objekt mit Zeit, Ebene und Anfrage-ID, was Protokolle leicht filter- und abfragbar macht. Protokollebenen gelten nur mit dem JSON-Format.</translation>
    </message>
    <message>
        <source>Application log level</source>
        <translation>Protokollebene für Anwendungen</translation>
    </message>
    <message>
        <source>The lowest level of your code&apos;s log lines that Lambda keeps: TRACE, DEBUG, INFO, WARN, ERROR or FATAL; lines below it are dropped. It works only with the JSON log format.</source>
        <translation>Die niedrigste Ebene der Protokollzeilen Ihres Codes, die Lambda behält: TRACE, DEBUG, INFO, WARN, ERROR oder FATAL; Zeilen darunter werden verworfen. Sie wirkt nur mit dem JSON-Protokollformat.</translation>
    </message>
    <message>
        <source>System log level</source>
        <translation>Systemprotokollebene</translation>
    </message>
    <message>
        <source>The lowest level of the records Lambda itself writes that are kept: DEBUG, INFO or WARN. Its start and report records (platform.start, platform.report) are INFO, so WARN leaves them out. It works only with the JSON log format.</source>
        <translation>Die niedrigste Ebene der Datensätze, die Lambda selbst schreibt und die behalten werden: DEBUG, INFO oder WARN. Seine Start- und Report-Datensätze (platform.start, platform.report) sind INFO, WARN lässt sie also weg. Sie wirkt nur mit dem JSON-Protokollformat.</translation>
    </message>
    <message>
        <source>Function URL</source>
        <translation>Funktions-URL</translation>
    </message>
    <message>
        <source>A dedicated HTTPS endpoint of the function (or of an alias). Each HTTP request becomes an event for the handler, and the handler&apos;s answer becomes the HTTP response.</source>
        <translation>Ein eigener HTTPS-Endpunkt der Funktion (oder eines Alias). Jede HTTP-Anfrage wird zu einem Ereignis für den Handler, und die Antwort des Handlers wird zur HTTP-Antwort.</translation>
    </message>
    <message>
        <source>Auth type</source>
        <translation>Authentifizierungstyp</translation>
    </message>
    <message>
        <source>AWS_IAM lets only signed requests (SigV4) of principals allowed lambda:InvokeFunctionUrl call the function URL. NONE lets anyone who knows the URL call it, so the function must check requests itself.</source>
        <translation>AWS_IAM lässt nur signierte Anfragen (SigV4) von Prinzipalen, denen lambda:InvokeFunctionUrl erlaubt ist, die Funktions-URL aufrufen. NONE lässt jeden sie aufrufen, der die URL kennt; die Funktion muss Anfragen dann selbst prüfen.</translation>
    </message>
    <message>
        <source>CORS</source>
        <translation>CORS</translation>
    </message>
    <message>
        <source>Cross-origin resource sharing: which web origins, methods and headers browsers may use to call the function URL from a page of another domain. Lambda answers the browsers&apos; preflight requests and adds the CORS headers to responses.</source>
        <translation>Cross-Origin Resource Sharing: welche Web-Ursprünge, Methoden und Header Browser verwenden dürfen, um die Funktions-URL von einer Seite einer anderen Domain aufzurufen. Lambda beantwortet die Preflight-Anfragen der Browser und fügt den Antworten die CORS-Header hinzu.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>.zip archives of libraries, a custom runtime or other files that Lambda extracts to /opt in the execution environment. A function can use up to five layers, applied in order, so that code is shared between functions instead of packaged with each.</source>
        <translation>.zip-Archive mit Bibliotheken, einer eigenen Laufzeit oder anderen Dateien, die Lambda in der Ausführungsumgebung nach /opt entpackt. Eine Funktion kann bis zu fünf Ebenen in Reihenfolge nutzen, sodass Code zwischen Funktionen geteilt statt mit jeder verpackt wird.</translation>
    </message>
    <message>
        <source>The runtime process exited before it answered: the code called exit, crashed, or was killed by a signal. The message gives the exit status or signal; the next invocation starts a new execution environment.</source>
        <translation>Der Laufzeitprozess endete, bevor er antwortete: Der Code rief exit auf, stürzte ab oder wurde durch ein Signal beendet. Die Meldung nennt den Exit-Status oder das Signal; der nächste Aufruf startet eine neue Ausführungsumgebung.</translation>
    </message>
    <message>
        <source>The function&apos;s processes needed more memory than configured, so the execution environment was stopped. Raise the memory setting or make the code use less; Max Memory Used shows how close earlier invocations came.</source>
        <translation>Die Prozesse der Funktion brauchten mehr Arbeitsspeicher als konfiguriert, daher wurde die Ausführungsumgebung gestoppt. Erhöhen Sie den Arbeitsspeicher oder lassen Sie den Code weniger verbrauchen; Max Memory Used zeigt, wie nahe frühere Aufrufe kamen.</translation>
    </message>
    <message>
        <source>The init phase failed and the runtime did not say with which error type. The log lines just before the failure usually tell what went wrong.</source>
        <translation>Die Init-Phase scheiterte, und die Laufzeit nannte keinen Fehlertyp. Die Protokollzeilen direkt vor dem Fehler sagen meist, was schiefging.</translation>
    </message>
    <message>
        <source>The runtime could not be started. For a provided runtime this usually means that no executable file named bootstrap is at the root of the code or of a layer.</source>
        <translation>Die Laufzeit konnte nicht gestartet werden. Bei einer provided-Laufzeit heißt das meist, dass keine ausführbare Datei namens bootstrap im Wurzelverzeichnis des Codes oder einer Ebene liegt.</translation>
    </message>
    <message>
        <source>The function wrote more to /tmp than the ephemeral storage setting allows, and the invocation was stopped. Delete files it no longer needs, or raise the ephemeral storage.</source>
        <translation>Die Funktion schrieb mehr nach /tmp, als die Einstellung für flüchtigen Speicher erlaubt, und der Aufruf wurde gestoppt. Löschen Sie Dateien, die sie nicht mehr braucht, oder erhöhen Sie den flüchtigen Speicher.</translation>
    </message>
    <message>
        <source>A streamed response ended before its last chunk: the runtime&apos;s connection closed while the function was still writing it. The client got only the part sent before.</source>
        <translation>Eine gestreamte Antwort endete vor ihrem letzten Teil: Die Verbindung der Laufzeit wurde geschlossen, während die Funktion noch schrieb. Der Client erhielt nur den zuvor gesendeten Teil.</translation>
    </message>
    <message>
        <source>The function&apos;s response was larger than Lambda allows: 6 MB for a synchronous invocation, more for a streamed one. Return less, or store the data elsewhere (for example in Amazon S3) and return where to find it.</source>
        <translation>Die Antwort der Funktion war größer, als Lambda erlaubt: 6 MB für einen synchronen Aufruf, mehr für einen gestreamten. Geben Sie weniger zurück oder speichern Sie die Daten anderswo (etwa in Amazon S3) und geben Sie zurück, wo sie liegen.</translation>
    </message>
    <message>
        <source>The invocation, or the init phase before it, ran past the function&apos;s timeout and was stopped (&quot;Task timed out after … seconds&quot;). The execution environment is reset; raise the timeout or find what is slow.</source>
        <translation>Der Aufruf oder die Init-Phase davor lief über das Zeitlimit der Funktion hinaus und wurde gestoppt („Task timed out after … seconds“). Die Ausführungsumgebung wird zurückgesetzt; erhöhen Sie das Zeitlimit oder finden Sie, was langsam ist.</translation>
    </message>
    <message>
        <source>The runtime could not load the module the handler names: the file is missing, or importing it or a library it needs failed. Check the handler setting, and that every dependency is in the code or a layer.</source>
        <translation>Die Laufzeit konnte das Modul, das der Handler nennt, nicht laden: Die Datei fehlt, oder ihr Import oder der einer benötigten Bibliothek scheiterte. Prüfen Sie die Handler-Einstellung und ob jede Abhängigkeit im Code oder in einer Ebene liegt.</translation>
    </message>
    <message>
        <source>The module loaded, but it has no function of the name the handler setting gives (in Node.js: none exported under that name). Compare the handler setting with the code.</source>
        <translation>Das Modul wurde geladen, hat aber keine Funktion mit dem Namen aus der Handler-Einstellung (in Node.js: keine unter diesem Namen exportierte). Vergleichen Sie die Handler-Einstellung mit dem Code.</translation>
    </message>
    <message>
        <source>The handler setting is not of the form file.function (for example lambda_function.lambda_handler or index.handler), so the runtime cannot tell what to load.</source>
        <translation>Die Handler-Einstellung hat nicht die Form datei.funktion (zum Beispiel lambda_function.lambda_handler oder index.handler), daher weiß die Laufzeit nicht, was sie laden soll.</translation>
    </message>
    <message>
        <source>The function&apos;s code has a syntax error, found when the runtime loaded it in the init phase. The message names the file and the line.</source>
        <translation>Der Code der Funktion hat einen Syntaxfehler, den die Laufzeit beim Laden in der Init-Phase fand. Die Meldung nennt Datei und Zeile.</translation>
    </message>
    <message>
        <source>The handler&apos;s module has the name of a module built into Python (such as sys), which the runtime will not replace. Rename the file and the handler setting.</source>
        <translation>Das Modul des Handlers hat den Namen eines in Python eingebauten Moduls (etwa sys), das die Laufzeit nicht ersetzt. Benennen Sie die Datei und die Handler-Einstellung um.</translation>
    </message>
    <message>
        <source>The handler returned a value the runtime cannot turn into JSON, such as a set, bytes or an object of a class. Return dictionaries, lists, strings, numbers, booleans or None.</source>
        <translation>Der Handler gab einen Wert zurück, den die Laufzeit nicht in JSON umwandeln kann, etwa ein Set, Bytes oder ein Objekt einer Klasse. Geben Sie Dictionaries, Listen, Strings, Zahlen, Booleans oder None zurück.</translation>
    </message>
    <message>
        <source>The runtime could not read the event as JSON to hand it to the handler. The event must be a valid JSON document.</source>
        <translation>Die Laufzeit konnte das Ereignis nicht als JSON lesen, um es dem Handler zu übergeben. Das Ereignis muss ein gültiges JSON-Dokument sein.</translation>
    </message>
    <message>
        <source>The runtime could not read the client context or Cognito identity that came with the invocation, so it could not build the context object.</source>
        <translation>Die Laufzeit konnte den Client-Kontext oder die Cognito-Identität, die mit dem Aufruf kamen, nicht lesen und daher das Kontextobjekt nicht erstellen.</translation>
    </message>
    <message>
        <source>The Node.js process exited while an invocation was still running, most often because the handler&apos;s promise never settled and nothing else was left to run. Make sure the handler returns or awaits its work.</source>
        <translation>Der Node.js-Prozess endete, während noch ein Aufruf lief, meist weil das Promise des Handlers nie erfüllt wurde und nichts anderes mehr zu tun war. Sorgen Sie dafür, dass der Handler seine Arbeit zurückgibt oder abwartet.</translation>
    </message>
    <message>
        <source>A promise was rejected and nothing handled the rejection, so the Node.js runtime failed the invocation. Await the promises the handler starts, or catch their errors.</source>
        <translation>Ein Promise wurde abgelehnt, und nichts behandelte die Ablehnung, daher ließ die Node.js-Laufzeit den Aufruf scheitern. Warten Sie auf die Promises, die der Handler startet, oder fangen Sie ihre Fehler ab.</translation>
    </message>
    <message>
        <source>Lambdesk&apos;s debugger could not start inside the runtime, for example because its port was not valid. This error type is Lambdesk&apos;s own; the linked page explains the init phase in which it happens.</source>
        <translation>Der Debugger von Lambdesk konnte in der Laufzeit nicht starten, etwa weil sein Port ungültig war. Dieser Fehlertyp ist Lambdesks eigener; die verlinkte Seite erklärt die Init-Phase, in der er auftritt.</translation>
    </message>
    <message>
        <source>The function failed and the runtime gave no error type. Lambda marks such a response with the header X-Amz-Function-Error: Unhandled, and still answers with HTTP 200.</source>
        <translation>Die Funktion scheiterte, und die Laufzeit nannte keinen Fehlertyp. Lambda kennzeichnet eine solche Antwort mit dem Header X-Amz-Function-Error: Unhandled und antwortet trotzdem mit HTTP 200.</translation>
    </message>
    <message>
        <source>The request was throttled: the function had no execution environment free within its reserved concurrency, so nothing ran. Retry later, or raise the reserved concurrency.</source>
        <translation>Die Anfrage wurde gedrosselt: Die Funktion hatte innerhalb ihrer reservierten Gleichzeitigkeit keine freie Ausführungsumgebung, daher lief nichts. Versuchen Sie es später erneut oder erhöhen Sie die reservierte Gleichzeitigkeit.</translation>
    </message>
</context>
<context>
    <name>lambdesk::AddLayerDialog</name>
    <message>
        <source>Add layer</source>
        <translation>Ebene hinzufügen</translation>
    </message>
    <message>
        <source>Layers of this workspace</source>
        <translation>Ebenen dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>The layers published here whose compatible runtimes include %1</source>
        <translation>Die hier veröffentlichten Ebenen, deren kompatible Laufzeiten %1 umfassen</translation>
    </message>
    <message>
        <source>Specify an ARN</source>
        <translation>ARN angeben</translation>
    </message>
    <message numerus="yes">
        <source>%n layer version(s) not compatible with %1 are not offered.</source>
        <translation>
            <numerusform>%n Ebenenversion, die nicht mit %1 kompatibel ist, wird nicht angeboten.</numerusform>
            <numerusform>%n Ebenenversionen, die nicht mit %1 kompatibel sind, werden nicht angeboten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No layer compatible with %1 is published yet: the Layers page (Tools → Layers…) creates one.</source>
        <translation>Es ist noch keine mit %1 kompatible Ebene veröffentlicht: Auf der Seite „Ebenen“ (Extras → Ebenen…) können Sie eine erstellen.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Layer version ARN</source>
        <translation>ARN der Ebenenversion</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>%1 unzipped · runtimes: %2%3</source>
        <translation>%1 entpackt · Laufzeiten: %2%3</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
</context>
<context>
    <name>lambdesk::AliasDialog</name>
    <message>
        <source>Create alias</source>
        <translation>Alias erstellen</translation>
    </message>
    <message>
        <source>Edit alias %1</source>
        <translation>Alias %1 bearbeiten</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Send a share of the invocations to a second version</source>
        <translation>Einen Anteil der Aufrufe an eine zweite Version senden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Second version</source>
        <translation>Zweite Version</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Name: give the alias a name.</source>
        <translation>Name: Geben Sie dem Alias einen Namen.</translation>
    </message>
    <message>
        <source>Name: 1 to 128 letters, digits, &apos;-&apos; or &apos;_&apos;, and not only digits.</source>
        <translation>Name: 1 bis 128 Buchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos;, aber nicht nur Ziffern.</translation>
    </message>
    <message>
        <source>Version: publish a version first.</source>
        <translation>Version: Veröffentlichen Sie zuerst eine Version.</translation>
    </message>
    <message>
        <source>Version: $LATEST can&apos;t be in a weighted alias; choose a published version.</source>
        <translation>Version: $LATEST kann nicht Teil eines gewichteten Alias sein; wählen Sie eine veröffentlichte Version.</translation>
    </message>
    <message>
        <source>Second version: choose a version other than the first.</source>
        <translation>Zweite Version: Wählen Sie eine andere Version als die erste.</translation>
    </message>
</context>
<context>
    <name>lambdesk::AliasesPage</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Delete alias</source>
        <translation>Alias löschen</translation>
    </message>
    <message>
        <source>Create alias</source>
        <translation>Alias erstellen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>A name for a version, or for two with a share of the invocations for the second</source>
        <translation>Ein Name für eine Version oder für zwei, wobei ein Anteil der Aufrufe an die zweite geht</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aliases&lt;/b&gt; — invoke &lt;i&gt;function:alias&lt;/i&gt; to run the version it points at</source>
        <translation>&lt;b&gt;Aliasse&lt;/b&gt; — rufen Sie &lt;i&gt;function:alias&lt;/i&gt; auf, um die Version auszuführen, auf die der Alias verweist</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Shift traffic</source>
        <translation>Datenverkehr verschieben</translation>
    </message>
    <message>
        <source>The version the selected alias moves to</source>
        <translation>Die Version, zu der der ausgewählte Alias wechselt</translation>
    </message>
    <message>
        <source>As CodeDeploy&apos;s presets (Canary10Percent5Minutes, Linear10PercentEvery1Minute, AllAtOnce), with the step interval below</source>
        <translation>Wie die Voreinstellungen von CodeDeploy (Canary10Percent5Minutes, Linear10PercentEvery1Minute, AllAtOnce), mit dem Schrittintervall unten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time between steps (seconds here, minutes on CodeDeploy: short for a demo)</source>
        <translation>Zeit zwischen den Schritten (hier Sekunden, bei CodeDeploy Minuten: kurz für eine Demo)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Roll back by itself when more than this share of the new version&apos;s invocations through the alias fail (after 3 invocations)</source>
        <translation>Automatisch zurücksetzen, wenn mehr als dieser Anteil der Aufrufe der neuen Version über den Alias fehlschlägt (nach 3 Aufrufen)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Send every invocation of the alias to its old version again</source>
        <translation>Jeden Aufruf des Alias wieder an seine alte Version senden</translation>
    </message>
    <message>
        <source>Select an alias, then the version it should move to.</source>
        <translation>Wählen Sie einen Alias und dann die Version, zu der er wechseln soll.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>%1 runs %2. Choose the version to move it to and how, then Start.</source>
        <translation>%1 führt %2 aus. Wählen Sie die Zielversion und die Art des Wechsels und klicken Sie dann auf „Starten“.</translation>
    </message>
    <message>
        <source>Created alias %1.</source>
        <translation>Alias %1 erstellt.</translation>
    </message>
    <message>
        <source>Saved alias %1.</source>
        <translation>Alias %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete alias %1? Invocations of %2:%1 will fail.</source>
        <translation>Alias %1 löschen? Aufrufe von %2:%1 schlagen dann fehl.</translation>
    </message>
    <message>
        <source>Deleted alias %1.</source>
        <translation>Alias %1 gelöscht.</translation>
    </message>
    <message>
        <source>%1 already runs version %2: choose another version to shift to.</source>
        <translation>%1 führt bereits Version %2 aus: Wählen Sie eine andere Zielversion.</translation>
    </message>
    <message>
        <source>%1 points at $LATEST, which can&apos;t share traffic: point it at a published version first.</source>
        <translation>%1 verweist auf $LATEST, das keinen Datenverkehr teilen kann: Lassen Sie den Alias zuerst auf eine veröffentlichte Version verweisen.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 % of %4 runs version %5 · %6 of %7 invocations failed</source>
        <translation>Schritt %1 von %2: %3 % von %4 laufen auf Version %5 · %6 von %7 Aufrufen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Alle %1</translation>
    </message>
    <message>
        <source>Roll back past %1 errors</source>
        <translation>Zurücksetzen ab %1 Fehlern</translation>
    </message>
</context>
<context>
    <name>lambdesk::ApiDialog</name>
    <message>
        <source>Lambda API</source>
        <translation>Lambda-API</translation>
    </message>
    <message>
        <source>Listen on this port</source>
        <translation>Auf diesem Port lauschen</translation>
    </message>
    <message>
        <source>Require requests signed with these credentials (SigV4)</source>
        <translation>Mit diesen Anmeldeinformationen signierte Anfragen verlangen (SigV4)</translation>
    </message>
    <message>
        <source>The region in function ARNs and in AWS_REGION of handlers; warm environments restart when it changes</source>
        <translation>Die Region in Funktions-ARNs und in AWS_REGION der Handler; warme Umgebungen starten neu, wenn sie sich ändert</translation>
    </message>
    <message>
        <source>Use this region</source>
        <translation>Diese Region verwenden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Anmeldeinformationen</translation>
    </message>
    <message>
        <source>Copy profile</source>
        <translation>Profil kopieren</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>&lt;b&gt;~/.aws/config&lt;/b&gt; — then use &lt;code&gt;--profile lambdesk&lt;/code&gt;:</source>
        <translation>&lt;b&gt;~/.aws/config&lt;/b&gt; — dann &lt;code&gt;--profile lambdesk&lt;/code&gt; verwenden:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Try it&lt;/b&gt; from a terminal:</source>
        <translation>&lt;b&gt;Ausprobieren&lt;/b&gt; in einem Terminal:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent calls&lt;/b&gt;</source>
        <translation>&lt;b&gt;Letzte Aufrufe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Listening on &lt;b&gt;%1&lt;/b&gt; — %2 calls so far. Only this machine can connect.</source>
        <translation>Lauscht auf &lt;b&gt;%1&lt;/b&gt; — bisher %2 Aufrufe. Nur dieser Rechner kann sich verbinden.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d13212&apos;&gt;Not running.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#d13212&apos;&gt;Läuft nicht.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>aws_access_key_id     %1
aws_secret_access_key %2</source>
        <translation>aws_access_key_id     %1
aws_secret_access_key %2</translation>
    </message>
    <message>
        <source>client left</source>
        <translation>Client getrennt</translation>
    </message>
</context>
<context>
    <name>lambdesk::ApiServerController</name>
    <message>
        <source>%1. The Lambda API is not running.</source>
        <translation>%1. Die Lambda-API läuft nicht.</translation>
    </message>
    <message>
        <source>%1. The Lambda API goes on listening on %2.</source>
        <translation>%1. Die Lambda-API lauscht weiterhin auf %2.</translation>
    </message>
</context>
<context>
    <name>lambdesk::AsyncInvocationForm</name>
    <message>
        <source>Retry attempts</source>
        <translation>Wiederholungsversuche</translation>
    </message>
    <message>
        <source>Maximum age of event</source>
        <translation>Maximales Alter des Ereignisses</translation>
    </message>
    <message>
        <source>Dead-letter target</source>
        <translation>Ziel für unzustellbare Nachrichten</translation>
    </message>
    <message>
        <source>How many times Lambda retries an Event invocation whose function returned an error</source>
        <translation>Wie oft Lambda einen Event-Aufruf wiederholt, dessen Funktion einen Fehler zurückgegeben hat</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long Lambda keeps an event that waits to run (1 minute to 6 hours)</source>
        <translation>Wie lange Lambda ein Ereignis aufbewahrt, das auf die Ausführung wartet (1 Minute bis 6 Stunden)</translation>
    </message>
    <message>
        <source>None: a function or queue ARN</source>
        <translation>Keins: ARN einer Funktion oder Warteschlange</translation>
    </message>
    <message>
        <source>Where the event goes when it is given up: a function (invoked with the event) or a local queue</source>
        <translation>Wohin das Ereignis geht, wenn es aufgegeben wird: an eine Funktion (mit dem Ereignis aufgerufen) oder an eine lokale Warteschlange</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>lambdesk::AsyncSummaryLabel</name>
    <message>
        <source>Where this function&apos;s asynchronous (Event) invocations lead: ✓ on success, ✗ on failure, ☠ the dead-letter target. Change them in the Configuration tab.</source>
        <translation>Wohin die asynchronen (Event-)Aufrufe dieser Funktion führen: ✓ bei Erfolg, ✗ bei Fehler, ☠ das Ziel für unzustellbare Nachrichten. Ändern Sie sie auf der Registerkarte „Konfiguration“.</translation>
    </message>
</context>
<context>
    <name>lambdesk::BlueprintListModel</name>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Node.js</source>
        <translation>Node.js</translation>
    </message>
    <message>
        <source>custom runtimes</source>
        <translation>benutzerdefinierte Laufzeiten</translation>
    </message>
    <message>
        <source>this runtime</source>
        <translation>diese Laufzeit</translation>
    </message>
    <message>
        <source>Blueprints come in Python and Node.js; with a custom runtime, author from scratch.</source>
        <translation>Vorlagen gibt es für Python und Node.js; mit einer benutzerdefinierten Laufzeit erstellen Sie die Funktion von Grund auf neu.</translation>
    </message>
    <message>
        <source>%1 only: choose a %1 runtime to use it</source>
        <translation>Nur %1: Wählen Sie eine %1-Laufzeit, um die Vorlage zu verwenden</translation>
    </message>
</context>
<context>
    <name>lambdesk::BreakpointMargin</name>
    <message>
        <source>Logpoint on line %1</source>
        <translation>Protokollpunkt in Zeile %1</translation>
    </message>
    <message>
        <source>Message to log when line %1 runs (it never stops there); {expression} parts are evaluated, e.g. id={event[&apos;id&apos;]}:</source>
        <translation>Nachricht, die protokolliert wird, wenn Zeile %1 ausgeführt wird (dort wird nie angehalten); {Ausdruck}-Teile werden ausgewertet, z. B. id={event[&apos;id&apos;]}:</translation>
    </message>
    <message>
        <source>Condition on line %1</source>
        <translation>Bedingung in Zeile %1</translation>
    </message>
    <message>
        <source>Stop on line %1 only when this expression is true (empty: always):</source>
        <translation>In Zeile %1 nur anhalten, wenn dieser Ausdruck wahr ist (leer: immer):</translation>
    </message>
    <message>
        <source>Add breakpoint</source>
        <translation>Haltepunkt hinzufügen</translation>
    </message>
    <message>
        <source>Add conditional breakpoint…</source>
        <translation>Bedingten Haltepunkt hinzufügen…</translation>
    </message>
    <message>
        <source>Add logpoint…</source>
        <translation>Protokollpunkt hinzufügen…</translation>
    </message>
    <message>
        <source>Edit condition…</source>
        <translation>Bedingung bearbeiten…</translation>
    </message>
    <message>
        <source>Edit log message…</source>
        <translation>Protokollnachricht bearbeiten…</translation>
    </message>
    <message>
        <source>Disable breakpoint</source>
        <translation>Haltepunkt deaktivieren</translation>
    </message>
    <message>
        <source>Enable breakpoint</source>
        <translation>Haltepunkt aktivieren</translation>
    </message>
    <message>
        <source>Remove breakpoint</source>
        <translation>Haltepunkt entfernen</translation>
    </message>
</context>
<context>
    <name>lambdesk::BrokenFunctionPage</name>
    <message>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;This function cannot run&lt;/h2&gt;Its configuration (function.json) is broken, so Lambdesk does not invoke it. Nothing was changed or deleted.</source>
        <translation>&lt;h2 style=&apos;margin:0&apos;&gt;Diese Funktion kann nicht ausgeführt werden&lt;/h2&gt;Ihre Konfiguration (function.json) ist fehlerhaft, daher ruft Lambdesk sie nicht auf. Es wurde nichts geändert oder gelöscht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What is wrong&lt;/b&gt;</source>
        <translation>&lt;b&gt;Das Problem&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Configuration file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Konfigurationsdatei&lt;/b&gt;</translation>
    </message>
    <message>
        <source>To repair it, open function.json, correct the value named above and press &lt;b&gt;Reload&lt;/b&gt;; or give valid values through the Lambda API (&lt;code&gt;aws lambda update-function-configuration&lt;/code&gt;), which writes a new function.json. Deleting the function removes its folder: code, configuration and test events.</source>
        <translation>Öffnen Sie zur Reparatur function.json, korrigieren Sie den oben genannten Wert und klicken Sie auf &lt;b&gt;Neu laden&lt;/b&gt;; oder übergeben Sie gültige Werte über die Lambda-API (&lt;code&gt;aws lambda update-function-configuration&lt;/code&gt;), die eine neue function.json schreibt. Wenn Sie die Funktion löschen, wird ihr Ordner entfernt: Code, Konfiguration und Testereignisse.</translation>
    </message>
    <message>
        <source>Open function.json</source>
        <translation>function.json öffnen</translation>
    </message>
    <message>
        <source>Open the file in the program your desktop uses for JSON files</source>
        <translation>Die Datei in dem Programm öffnen, das Ihr Desktop für JSON-Dateien verwendet</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Read function.json again, after you fixed it</source>
        <translation>function.json erneut lesen, nachdem Sie die Datei korrigiert haben</translation>
    </message>
    <message>
        <source>Delete function…</source>
        <translation>Funktion löschen…</translation>
    </message>
    <message>
        <source>No program opened %1; open it in your editor</source>
        <translation>Kein Programm hat %1 geöffnet; öffnen Sie die Datei in Ihrem Editor</translation>
    </message>
    <message>
        <source>Read again at %1: still broken.</source>
        <translation>Um %1 erneut gelesen: immer noch fehlerhaft.</translation>
    </message>
    <message>
        <source>%1 was read again and can run now.</source>
        <translation>%1 wurde erneut gelesen und kann jetzt ausgeführt werden.</translation>
    </message>
    <message>
        <source>Its whole folder goes, function.json included.</source>
        <translation>Der ganze Ordner wird entfernt, einschließlich function.json.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
</context>
<context>
    <name>lambdesk::CallStackView</name>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonym)</translation>
    </message>
    <message>
        <source>1 runtime frame</source>
        <translation>1 Laufzeit-Frame</translation>
    </message>
    <message>
        <source>%1 runtime frames</source>
        <translation>%1 Laufzeit-Frames</translation>
    </message>
    <message>
        <source>Frames of the runtime (its bootstrap) and of libraries: expand to see them</source>
        <translation>Frames der Laufzeit (ihres Bootstraps) und von Bibliotheken: zum Anzeigen aufklappen</translation>
    </message>
</context>
<context>
    <name>lambdesk::CodeDeployer</name>
    <message>
        <source> The next invocation runs the new code.</source>
        <translation> Der nächste Aufruf führt den neuen Code aus.</translation>
    </message>
    <message>
        <source> Its warm environments were retired: the next invocation starts cold (it reports an Init Duration).</source>
        <translation> Ihre warmen Umgebungen wurden beendet: Der nächste Aufruf startet kalt (er meldet eine Init Duration).</translation>
    </message>
</context>
<context>
    <name>lambdesk::CodePage</name>
    <message>
        <source>&lt;b&gt;Code source&lt;/b&gt;</source>
        <translation>&lt;b&gt;Codequelle&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find (Ctrl+F) · Replace (Ctrl+H) · Next (F3) · Go to line (Ctrl+G)</source>
        <translation>Suchen (Ctrl+F) · Ersetzen (Ctrl+H) · Weitersuchen (F3) · Gehe zu Zeile (Ctrl+G)</translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Go to line (Ctrl+G)</source>
        <translation>Gehe zu Zeile (Ctrl+G)</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Save every changed file and deploy it to $LATEST (Ctrl+Shift+S; Ctrl+S saves the current file)</source>
        <translation>Alle geänderten Dateien speichern und in $LATEST bereitstellen (Ctrl+Shift+S; Ctrl+S speichert die aktuelle Datei)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Invoke $LATEST with the event chosen in the Test tab (Ctrl+Enter)</source>
        <translation>$LATEST mit dem auf der Registerkarte „Testen“ gewählten Ereignis aufrufen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Debugging the deployed code: your changes to &lt;b&gt;%1&lt;/b&gt; are not deployed yet, so lines may not match. Deploy first (Ctrl+S).</source>
        <translation>Der bereitgestellte Code wird debuggt: Ihre Änderungen an &lt;b&gt;%1&lt;/b&gt; sind noch nicht bereitgestellt, daher stimmen Zeilen möglicherweise nicht überein. Stellen Sie zuerst bereit (Ctrl+S).</translation>
    </message>
    <message>
        <source>Testing the deployed code: your changes to &lt;b&gt;%1&lt;/b&gt; are not deployed yet. Deploy first (Ctrl+S) to test them.</source>
        <translation>Der bereitgestellte Code wird getestet: Ihre Änderungen an &lt;b&gt;%1&lt;/b&gt; sind noch nicht bereitgestellt. Stellen Sie sie zuerst bereit (Ctrl+S), um sie zu testen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is the handler&apos;s file&lt;/b&gt;: invocations fail until it exists again.</source>
        <translation>&lt;b&gt;%1 ist die Datei des Handlers&lt;/b&gt;: Aufrufe schlagen fehl, bis sie wieder existiert.</translation>
    </message>
    <message>
        <source>%1 has changes that are not deployed; they are lost too.</source>
        <translation>%1 enthält Änderungen, die nicht bereitgestellt sind; sie gehen ebenfalls verloren.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The code changed on disk (another program). $LATEST runs it now.</source>
        <translation>Der Code wurde auf der Festplatte geändert (durch ein anderes Programm). $LATEST führt ihn jetzt aus.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Rückwärts suchen</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>Tab schließen</translation>
    </message>
    <message>
        <source>Save all and deploy</source>
        <translation>Alle speichern und bereitstellen</translation>
    </message>
    <message>
        <source>Your changes to &lt;b&gt;%1&lt;/b&gt; are still here, not deployed yet.</source>
        <translation>Ihre Änderungen an &lt;b&gt;%1&lt;/b&gt; sind noch da, aber noch nicht bereitgestellt.</translation>
    </message>
    <message>
        <source>%1 is not part of this function&apos;s code (it belongs to the runtime or a library), so it does not open here.</source>
        <translation>%1 gehört nicht zum Code dieser Funktion (sondern zur Laufzeit oder zu einer Bibliothek) und wird daher hier nicht geöffnet.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>%1 has no changes to deploy: $LATEST already runs it.</source>
        <translation>%1 enthält keine Änderungen zum Bereitstellen: $LATEST führt die Datei bereits aus.</translation>
    </message>
    <message>
        <source>No changes to deploy: $LATEST already runs what the editor shows.</source>
        <translation>Keine Änderungen zum Bereitstellen: $LATEST führt bereits aus, was der Editor zeigt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not save %1:&lt;/b&gt; %2 Your text is still in the editor.</source>
        <translation>&lt;b&gt;%1 konnte nicht gespeichert werden:&lt;/b&gt; %2 Ihr Text ist noch im Editor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deployed %1&lt;/b&gt; to $LATEST.</source>
        <translation>&lt;b&gt;%1 in $LATEST bereitgestellt.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Note: %1 is not valid JSON: %2</source>
        <translation>&lt;br&gt;Hinweis: %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Created %1&lt;/b&gt; and deployed it to $LATEST.</source>
        <translation>&lt;b&gt;%1 erstellt&lt;/b&gt; und in $LATEST bereitgestellt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Created the folder %1.&lt;/b&gt; Files you add to it are deployed with the rest.</source>
        <translation>&lt;b&gt;Ordner %1 erstellt.&lt;/b&gt; Dateien, die Sie darin anlegen, werden mit dem Rest bereitgestellt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Renamed %1 to %2&lt;/b&gt; and deployed to $LATEST.</source>
        <translation>&lt;b&gt;%1 in %2 umbenannt&lt;/b&gt; und in $LATEST bereitgestellt.</translation>
    </message>
    <message>
        <source>&lt;br&gt;The handler setting (&lt;code&gt;%1&lt;/code&gt;) still names the old file: change it in Configuration, or invocations fail with Runtime.ImportModuleError.</source>
        <translation>&lt;br&gt;Die Handler-Einstellung (&lt;code&gt;%1&lt;/code&gt;) nennt noch die alte Datei: Ändern Sie sie unter „Konfiguration“, sonst schlagen Aufrufe mit Runtime.ImportModuleError fehl.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deleted %1&lt;/b&gt; and deployed to $LATEST.</source>
        <translation>&lt;b&gt;%1 gelöscht&lt;/b&gt; und in $LATEST bereitgestellt.</translation>
    </message>
    <message>
        <source>&lt;br&gt;That was the handler&apos;s file: invocations fail (Runtime.ImportModuleError) until it exists again.</source>
        <translation>&lt;br&gt;Das war die Datei des Handlers: Aufrufe schlagen fehl (Runtime.ImportModuleError), bis sie wieder existiert.</translation>
    </message>
    <message>
        <source>Changes not deployed</source>
        <translation>Änderungen nicht bereitgestellt</translation>
    </message>
    <message>
        <source>%1 has changes that are not deployed:&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 enthält Änderungen, die nicht bereitgestellt sind:&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save deploys them to $LATEST. Discard goes back to the deployed code.</source>
        <translation>„Speichern“ stellt sie in $LATEST bereit. „Verwerfen“ kehrt zum bereitgestellten Code zurück.</translation>
    </message>
    <message>
        <source>Not deployed yet: %1
Ctrl+S deploys the current file, Deploy (Ctrl+Shift+S) all of them.</source>
        <translation>Noch nicht bereitgestellt: %1
Ctrl+S stellt die aktuelle Datei bereit, „Bereitstellen“ (Ctrl+Shift+S) alle.</translation>
    </message>
    <message>
        <source>$LATEST · %1 · code %2 · SHA-256 %3…</source>
        <translation>$LATEST · %1 · Code %2 · SHA-256 %3…</translation>
    </message>
    <message>
        <source>CodeSha256 %1
Last modified %2
Handler %3</source>
        <translation>CodeSha256 %1
Zuletzt geändert %2
Handler %3</translation>
    </message>
    <message>
        <source>This frame is in %1, not in the function&apos;s code: it does not open here.</source>
        <translation>Dieser Frame liegt in %1, nicht im Code der Funktion: Er wird hier nicht geöffnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not debug:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Debuggen nicht möglich:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Breakpoints not saved:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Haltepunkte nicht gespeichert:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>lambdesk::CodeTreeModel</name>
    <message>
        <source>
The handler&apos;s file: Lambda calls the handler function in it.</source>
        <translation>
Die Datei des Handlers: Lambda ruft die Handler-Funktion darin auf.</translation>
    </message>
    <message>
        <source>
Changes not deployed (Ctrl+S saves and deploys)</source>
        <translation>
Änderungen nicht bereitgestellt (Ctrl+S speichert und stellt bereit)</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>handler file</source>
        <translation>Handler-Datei</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>lambdesk::ConcurrencyForm</name>
    <message>
        <source>Use unreserved account concurrency</source>
        <translation>Nicht reservierte Kontogleichzeitigkeit verwenden</translation>
    </message>
    <message>
        <source>The function shares the account&apos;s unreserved concurrency with every function that has no reservation</source>
        <translation>Die Funktion teilt die nicht reservierte Gleichzeitigkeit des Kontos mit allen Funktionen ohne Reservierung</translation>
    </message>
    <message>
        <source>Reserve concurrency</source>
        <translation>Gleichzeitigkeit reservieren</translation>
    </message>
    <message>
        <source>The function always has this many at once for itself, and never runs more (0 throttles every invocation)</source>
        <translation>Der Funktion stehen immer so viele gleichzeitige Ausführungen zur Verfügung, und sie führt nie mehr aus (0 drosselt jeden Aufruf)</translation>
    </message>
    <message>
        <source>Reserved concurrency</source>
        <translation>Reservierte Gleichzeitigkeit</translation>
    </message>
    <message>
        <source>Save concurrency</source>
        <translation>Gleichzeitigkeit speichern</translation>
    </message>
    <message>
        <source>Save the function&apos;s reserved concurrency; it applies from the next invocation</source>
        <translation>Die reservierte Gleichzeitigkeit der Funktion speichern; sie gilt ab dem nächsten Aufruf</translation>
    </message>
    <message>
        <source>Account concurrency: %1 at once · Unreserved account concurrency: %2 (at least %3 always stays unreserved)</source>
        <translation>Kontogleichzeitigkeit: %1 gleichzeitig · Nicht reservierte Kontogleichzeitigkeit: %2 (mindestens %3 bleiben immer nicht reserviert)</translation>
    </message>
    <message>
        <source>%1 uses the unreserved account concurrency (%2 shared at once).</source>
        <translation>%1 verwendet die nicht reservierte Kontogleichzeitigkeit (%2 gemeinsam gleichzeitig).</translation>
    </message>
    <message>
        <source>%1 has a reserved concurrency of 0: every invocation is throttled.</source>
        <translation>%1 hat eine reservierte Gleichzeitigkeit von 0: Jeder Aufruf wird gedrosselt.</translation>
    </message>
    <message>
        <source>%1 has a reserved concurrency of %2: it runs at most %2 at once.</source>
        <translation>%1 hat eine reservierte Gleichzeitigkeit von %2: Es laufen höchstens %2 Ausführungen gleichzeitig.</translation>
    </message>
    <message>
        <source>You can reserve from 0 to %1 for this function (the account&apos;s minimum unreserved concurrency of %2 stays free).</source>
        <translation>Sie können für diese Funktion 0 bis %1 reservieren (die mindestens nicht reservierte Kontogleichzeitigkeit von %2 bleibt frei).</translation>
    </message>
    <message>
        <source>Specified ReservedConcurrentExecutions for function decreases account&apos;s UnreservedConcurrentExecution below its minimum value of [%1]. Reserve at most %2 (the account limit %3, minus %4 reserved by other functions, minus the minimum unreserved %1).</source>
        <translation>Specified ReservedConcurrentExecutions for function decreases account&apos;s UnreservedConcurrentExecution below its minimum value of [%1]. Reservieren Sie höchstens %2 (das Kontolimit %3, abzüglich %4, die andere Funktionen reserviert haben, abzüglich der mindestens nicht reservierten %1).</translation>
    </message>
    <message>
        <source>Reserved concurrency of %1 set to %2</source>
        <translation>Reservierte Gleichzeitigkeit von %1 auf %2 gesetzt</translation>
    </message>
    <message>
        <source>%1 uses the unreserved account concurrency</source>
        <translation>%1 verwendet die nicht reservierte Kontogleichzeitigkeit</translation>
    </message>
</context>
<context>
    <name>lambdesk::ConfigurationPage</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Change the settings and environment variables</source>
        <translation>Einstellungen und Umgebungsvariablen ändern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard the edits and show the saved configuration</source>
        <translation>Die Änderungen verwerfen und die gespeicherte Konfiguration anzeigen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Check and save the configuration; warm environments are retired when something the code sees changes</source>
        <translation>Konfiguration prüfen und speichern; warme Umgebungen werden beendet, wenn sich etwas ändert, das der Code sieht</translation>
    </message>
    <message>
        <source>General configuration</source>
        <translation>Allgemeine Konfiguration</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Logging configuration</source>
        <translation>Protokollierungskonfiguration</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Gleichzeitigkeit</translation>
    </message>
    <message>
        <source>Provisioned concurrency</source>
        <translation>Bereitgestellte Gleichzeitigkeit</translation>
    </message>
    <message>
        <source>Asynchronous invocation</source>
        <translation>Asynchroner Aufruf</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>Function URL</source>
        <translation>Funktions-URL</translation>
    </message>
    <message>
        <source>Environment variables (%1)</source>
        <translation>Umgebungsvariablen (%1)</translation>
    </message>
    <message>
        <source>The configuration of %1 changed elsewhere while you were editing. Save replaces it with the values below; Cancel shows the new ones.</source>
        <translation>Die Konfiguration von %1 wurde während Ihrer Bearbeitung an anderer Stelle geändert. „Speichern“ ersetzt sie durch die Werte unten; „Abbrechen“ zeigt die neuen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Configuration of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Konfiguration von %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Configuration&lt;/b&gt;</source>
        <translation>&lt;b&gt;Konfiguration&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Runtime %1 is not installed on this machine; installed runtimes: %2</source>
        <translation>Die Laufzeit %1 ist auf diesem Rechner nicht installiert; installierte Laufzeiten: %2</translation>
    </message>
    <message>
        <source>Not saved. Fix these first:</source>
        <translation>Nicht gespeichert. Beheben Sie zuerst Folgendes:</translation>
    </message>
    <message>
        <source>Nothing changed, so nothing was saved.</source>
        <translation>Nichts geändert, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Nicht gespeichert:</translation>
    </message>
    <message>
        <source>Saved the configuration of %1</source>
        <translation>Konfiguration von %1 gespeichert</translation>
    </message>
    <message>
        <source>Saved the configuration of %1.</source>
        <translation>Konfiguration von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Its warm environments were retired: the next invocation is a cold start with the new settings.</source>
        <translation>Ihre warmen Umgebungen wurden beendet: Der nächste Aufruf ist ein Kaltstart mit den neuen Einstellungen.</translation>
    </message>
    <message>
        <source>The next invocation starts a new execution environment with these settings (a cold start).</source>
        <translation>Der nächste Aufruf startet eine neue Ausführungsumgebung mit diesen Einstellungen (ein Kaltstart).</translation>
    </message>
    <message>
        <source>Nothing the code sees changed, so warm environments stay warm.</source>
        <translation>Nichts, was der Code sieht, hat sich geändert, daher bleiben warme Umgebungen warm.</translation>
    </message>
</context>
<context>
    <name>lambdesk::CostPanel</name>
    <message>
        <source>Lambdesk runs on this machine&apos;s processor; the price is AWS&apos;s for the architecture chosen</source>
        <translation>Lambdesk läuft auf dem Prozessor dieses Rechners; der Preis ist der von AWS für die gewählte Architektur</translation>
    </message>
    <message>
        <source>AWS prices</source>
        <translation>AWS-Preise</translation>
    </message>
    <message>
        <source>AWS&apos;s published us-east-1 prices: $0.20 per million requests, $0.0000166667 per GB-second on x86_64, $0.0000133334 on arm64 (free tier not counted)</source>
        <translation>Die veröffentlichten AWS-Preise für us-east-1: 0,20 USD pro Million Anfragen, 0,0000166667 USD pro GB-Sekunde auf x86_64, 0,0000133334 USD auf arm64 (kostenloses Kontingent nicht berücksichtigt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated cost&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geschätzte Kosten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Per GB-second</source>
        <translation>Pro GB-Sekunde</translation>
    </message>
    <message>
        <source>Per million requests</source>
        <translation>Pro Million Anfragen</translation>
    </message>
    <message>
        <source>This range</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>%1 requests, %2 GB-s at %3 MB: %4</source>
        <translation>%1 Anfragen, %2 GB-s bei %3 MB: %4</translation>
    </message>
    <message>
        <source>would cost %1 (%2 GB-s, the same billed durations)</source>
        <translation>würde %1 kosten (%2 GB-s, gleiche abgerechnete Dauern)</translation>
    </message>
</context>
<context>
    <name>lambdesk::CreateFunctionWizard</name>
    <message>
        <source>Create function</source>
        <translation>Funktion erstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Create function&lt;/b&gt;&lt;br&gt;Choose how to start, give the function a name and pick a runtime. Everything except the name can be changed later in the Configuration tab.</source>
        <translation>&lt;b&gt;Funktion erstellen&lt;/b&gt;&lt;br&gt;Wählen Sie, wie Sie beginnen möchten, geben Sie der Funktion einen Namen und wählen Sie eine Laufzeit. Alles außer dem Namen lässt sich später auf der Registerkarte „Konfiguration“ ändern.</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>Grundlegende Informationen</translation>
    </message>
    <message>
        <source>my-function</source>
        <translation>my-function</translation>
    </message>
    <message>
        <source>Function name</source>
        <translation>Funktionsname</translation>
    </message>
    <message>
        <source>Custom runtime</source>
        <translation>Benutzerdefinierte Laufzeit</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Author from scratch</source>
        <translation>Von Grund auf neu erstellen</translation>
    </message>
    <message>
        <source>Use a blueprint</source>
        <translation>Vorlage verwenden</translation>
    </message>
    <message>
        <source>Start with a small hello-world handler and write your own code.</source>
        <translation>Beginnen Sie mit einem kleinen Hello-World-Handler und schreiben Sie Ihren eigenen Code.</translation>
    </message>
    <message>
        <source>Start from a teaching example (HTTP API, S3, SQS, cold starts, limits…) that comes with matching test events.</source>
        <translation>Beginnen Sie mit einem Lehrbeispiel (HTTP-API, S3, SQS, Kaltstarts, Limits…), zu dem passende Testereignisse gehören.</translation>
    </message>
    <message>
        <source>Search blueprints (e.g. sqs, timeout, http)</source>
        <translation>Vorlagen suchen (z. B. sqs, timeout, http)</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>Runs your own bootstrap executable; no interpreter is involved.</source>
        <translation>Führt Ihre eigene ausführbare bootstrap-Datei aus; kein Interpreter beteiligt.</translation>
    </message>
    <message>
        <source>Runs with this machine&apos;s %1 (version %2, %3).</source>
        <translation>Läuft mit %1 dieses Rechners (Version %2, %3).</translation>
    </message>
    <message>
        <source>No runtime was found on this machine: install Python 3 or Node.js and restart Lambdesk.</source>
        <translation>Auf diesem Rechner wurde keine Laufzeit gefunden: Installieren Sie Python 3 oder Node.js und starten Sie Lambdesk neu.</translation>
    </message>
    <message>
        <source>FunctionName &apos;%1&apos; is already taken: every function in the workspace needs its own name</source>
        <translation>FunctionName &apos;%1&apos; ist bereits vergeben: Jede Funktion im Arbeitsbereich braucht einen eigenen Namen</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>No runtime to run the function with</source>
        <translation>Keine Laufzeit, mit der die Funktion ausgeführt werden kann</translation>
    </message>
    <message>
        <source>Choose a blueprint, or author from scratch</source>
        <translation>Wählen Sie eine Vorlage oder erstellen Sie die Funktion von Grund auf neu</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, hyphens (-) or underscores (_), unique in the workspace.</source>
        <translation>1 bis 64 Buchstaben, Ziffern, Bindestriche (-) oder Unterstriche (_), eindeutig im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>✓ %1 is available.</source>
        <translation>✓ %1 ist verfügbar.</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Nicht erstellt: %1</translation>
    </message>
</context>
<context>
    <name>lambdesk::CreateLayerDialog</name>
    <message>
        <source>Create layer</source>
        <translation>Ebene erstellen</translation>
    </message>
    <message>
        <source>my-dependencies</source>
        <translation>my-dependencies</translation>
    </message>
    <message>
        <source>1 to 140 letters, digits, hyphens or underscores; publishing again under the same name makes the next version</source>
        <translation>1 bis 140 Buchstaben, Ziffern, Bindestriche oder Unterstriche; erneutes Veröffentlichen unter demselben Namen erzeugt die nächste Version</translation>
    </message>
    <message>
        <source>Optional, up to 256 characters</source>
        <translation>Optional, bis zu 256 Zeichen</translation>
    </message>
    <message>
        <source>The runtimes the layer is meant for (up to 15); the Configuration tab offers it to functions of these runtimes. None checked: any runtime</source>
        <translation>Die Laufzeiten, für die die Ebene gedacht ist (bis zu 15); die Registerkarte „Konfiguration“ bietet sie Funktionen dieser Laufzeiten an. Keine ausgewählt: jede Laufzeit</translation>
    </message>
    <message>
        <source>Optional: an SPDX identifier (MIT), a URL or the license&apos;s text</source>
        <translation>Optional: eine SPDX-Kennung (MIT), eine URL oder der Lizenztext</translation>
    </message>
    <message>
        <source>From a folder</source>
        <translation>Aus einem Ordner</translation>
    </message>
    <message>
        <source>Upload a .zip file</source>
        <translation>.zip-Datei hochladen</translation>
    </message>
    <message>
        <source>The folder whose files become /opt (e.g. one holding python/ or nodejs/)</source>
        <translation>Der Ordner, dessen Dateien zu /opt werden (z. B. einer mit python/ oder nodejs/)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Its files are extracted to /opt: Python finds /opt/python, Node.js /opt/nodejs/node_modules, a custom runtime /opt/bootstrap.</source>
        <translation>Die Dateien werden nach /opt entpackt: Python findet /opt/python, Node.js /opt/nodejs/node_modules, eine benutzerdefinierte Laufzeit /opt/bootstrap.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Compatible runtimes</source>
        <translation>Kompatible Laufzeiten</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>A .zip file of at most 50 MB</source>
        <translation>Eine .zip-Datei von höchstens 50 MB</translation>
    </message>
    <message>
        <source>Folder of the layer</source>
        <translation>Ordner der Ebene</translation>
    </message>
    <message>
        <source>Zip file of the layer</source>
        <translation>ZIP-Datei der Ebene</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Wird gemessen…</translation>
    </message>
    <message>
        <source>Unzipped size: %1</source>
        <translation>Entpackte Größe: %1</translation>
    </message>
    <message>
        <source>Name: enter a name for the layer</source>
        <translation>Name: Geben Sie einen Namen für die Ebene ein</translation>
    </message>
    <message>
        <source>Name: at most %1 characters; got %2</source>
        <translation>Name: höchstens %1 Zeichen; angegeben: %2</translation>
    </message>
    <message>
        <source>Name: only letters, digits, hyphens (-) and underscores (_); got &quot;%1&quot;</source>
        <translation>Name: nur Buchstaben, Ziffern, Bindestriche (-) und Unterstriche (_); angegeben: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Description: at most %1 characters; got %2</source>
        <translation>Beschreibung: höchstens %1 Zeichen; angegeben: %2</translation>
    </message>
    <message>
        <source>License: at most %1 characters; got %2</source>
        <translation>Lizenz: höchstens %1 Zeichen; angegeben: %2</translation>
    </message>
    <message>
        <source>Compatible runtimes: at most %1; %2 are checked</source>
        <translation>Kompatible Laufzeiten: höchstens %1; %2 sind ausgewählt</translation>
    </message>
    <message>
        <source>Content: choose the folder of the layer</source>
        <translation>Inhalt: Wählen Sie den Ordner der Ebene</translation>
    </message>
    <message>
        <source>Content: choose the .zip file of the layer</source>
        <translation>Inhalt: Wählen Sie die .zip-Datei der Ebene</translation>
    </message>
    <message>
        <source>The backend is not running</source>
        <translation>Das Backend läuft nicht</translation>
    </message>
    <message>
        <source>Content: cannot read %1: %2</source>
        <translation>Inhalt: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
</context>
<context>
    <name>lambdesk::DebugConsole</name>
    <message>
        <source>Logpoint messages and the values of expressions appear here.</source>
        <translation>Nachrichten von Protokollpunkten und die Werte von Ausdrücken erscheinen hier.</translation>
    </message>
    <message>
        <source>Evaluate in the selected frame (Enter; Up/Down: history)</source>
        <translation>Im ausgewählten Frame auswerten (Enter; Auf/Ab: Verlauf)</translation>
    </message>
</context>
<context>
    <name>lambdesk::DebugController</name>
    <message>
        <source>Ended: the handler returned</source>
        <translation>Beendet: Der Handler ist zurückgekehrt</translation>
    </message>
    <message>
        <source>Ended: timed out</source>
        <translation>Beendet: Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Ended: stopped in the debugger</source>
        <translation>Beendet: im Debugger gestoppt</translation>
    </message>
    <message>
        <source>Ended: failed (%1)</source>
        <translation>Beendet: fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Ended (%1)</source>
        <translation>Beendet (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 ms running, %3 ms paused · the result is below</source>
        <translation>%1 · %2 ms gelaufen, %3 ms angehalten · das Ergebnis steht unten</translation>
    </message>
    <message>
        <source>A debugger attached: it drives the session now.</source>
        <translation>Ein Debugger hat sich verbunden: Er steuert jetzt die Sitzung.</translation>
    </message>
    <message>
        <source>Driven by the attached debugger</source>
        <translation>Gesteuert vom verbundenen Debugger</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Continue to the next breakpoint or the end</source>
        <translation>Bis zum nächsten Haltepunkt oder zum Ende fortsetzen</translation>
    </message>
    <message>
        <source>Step &amp;over</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Run the line, stop on the next one</source>
        <translation>Die Zeile ausführen und in der nächsten anhalten</translation>
    </message>
    <message>
        <source>Step &amp;into</source>
        <translation>&amp;Hineinspringen</translation>
    </message>
    <message>
        <source>Go into the function called on this line</source>
        <translation>In die Funktion wechseln, die in dieser Zeile aufgerufen wird</translation>
    </message>
    <message>
        <source>Step o&amp;ut</source>
        <translation>He&amp;rausspringen</translation>
    </message>
    <message>
        <source>Run to the end of this function, stop in its caller</source>
        <translation>Bis zum Ende dieser Funktion ausführen und im Aufrufer anhalten</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>End the invocation now (it fails with Debugger.Stopped)</source>
        <translation>Den Aufruf sofort beenden (er schlägt mit Debugger.Stopped fehl)</translation>
    </message>
    <message>
        <source>Break on uncaught exceptions</source>
        <translation>Bei nicht abgefangenen Ausnahmen anhalten</translation>
    </message>
    <message>
        <source>Stop where an exception escapes the handler, before the runtime reports it</source>
        <translation>Dort anhalten, wo eine Ausnahme den Handler verlässt, bevor die Laufzeit sie meldet</translation>
    </message>
    <message>
        <source>Cold start (debug init code)</source>
        <translation>Kaltstart (Init-Code debuggen)</translation>
    </message>
    <message>
        <source>Start a new environment, so module-level code (init) runs under the debugger too</source>
        <translation>Eine neue Umgebung starten, damit auch Code auf Modulebene (Init) im Debugger läuft</translation>
    </message>
    <message>
        <source>Wait for an external debugger on port %1</source>
        <translation>Auf einen externen Debugger an Port %1 warten</translation>
    </message>
    <message>
        <source>VS Code, PyCharm or Chrome DevTools attach on 127.0.0.1 and drive the session; the console shows the launch configuration</source>
        <translation>VS Code, PyCharm oder Chrome DevTools verbinden sich auf 127.0.0.1 und steuern die Sitzung; die Konsole zeigt die Startkonfiguration</translation>
    </message>
    <message>
        <source>External debugger&apos;s port…</source>
        <translation>Port des externen Debuggers…</translation>
    </message>
    <message>
        <source>External debugger</source>
        <translation>Externer Debugger</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 the IDE attaches to (1024 to 65535):</source>
        <translation>Port auf 127.0.0.1, mit dem sich die IDE verbindet (1024 bis 65535):</translation>
    </message>
    <message>
        <source>A debug session of %1 is still running: Continue or Stop it first (Shift+F5).</source>
        <translation>Eine Debugsitzung von %1 läuft noch: Setzen Sie sie zuerst fort oder stoppen Sie sie (Shift+F5).</translation>
    </message>
    <message>
        <source>Could not debug: %1</source>
        <translation>Debuggen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>Variablen: %1</translation>
    </message>
    <message>
        <source>The function is not paused: nothing to evaluate in.</source>
        <translation>Die Funktion ist nicht angehalten: Es gibt keinen Kontext zum Auswerten.</translation>
    </message>
    <message>
        <source>The invocation ended.</source>
        <translation>Der Aufruf ist beendet.</translation>
    </message>
    <message>
        <source>Could not read the breakpoints of %1: %2</source>
        <translation>Die Haltepunkte von %1 konnten nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>lambdesk::DebuggerPanel</name>
    <message>
        <source> in init (module code)</source>
        <translation> in Init (Modulcode)</translation>
    </message>
    <message>
        <source>Paused on a breakpoint%1</source>
        <translation>An einem Haltepunkt angehalten%1</translation>
    </message>
    <message>
        <source>Paused after a step%1</source>
        <translation>Nach einem Schritt angehalten%1</translation>
    </message>
    <message>
        <source>Paused on an uncaught exception%1</source>
        <translation>Bei einer nicht abgefangenen Ausnahme angehalten%1</translation>
    </message>
    <message>
        <source>Paused at the start%1</source>
        <translation>Am Anfang angehalten%1</translation>
    </message>
    <message>
        <source>Paused%1</source>
        <translation>Angehalten%1</translation>
    </message>
    <message>
        <source>Hide the debugger (it comes back on the next Debug)</source>
        <translation>Debugger ausblenden (er erscheint beim nächsten Debuggen wieder)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debugger&lt;/b&gt;</source>
        <translation>&lt;b&gt;Debugger&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Call stack</source>
        <translation>Aufrufliste</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Debug console</source>
        <translation>Debugkonsole</translation>
    </message>
    <message>
        <source>The function is running: evaluate when it pauses</source>
        <translation>Die Funktion läuft: Auswerten ist möglich, sobald sie anhält</translation>
    </message>
    <message>
        <source>Evaluate while paused: Debug (Ctrl+F5) stops on the breakpoints</source>
        <translation>Auswerten ist im angehaltenen Zustand möglich: „Debuggen“ (Ctrl+F5) hält an den Haltepunkten</translation>
    </message>
    <message>
        <source>Set breakpoints in the editor&apos;s margin, then Debug (Ctrl+F5).</source>
        <translation>Setzen Sie Haltepunkte am Rand des Editors und klicken Sie dann auf „Debuggen“ (Ctrl+F5).</translation>
    </message>
    <message>
        <source>Starting the function under the debugger…</source>
        <translation>Die Funktion wird im Debugger gestartet…</translation>
    </message>
    <message>
        <source>Running… (it stops on the next breakpoint)</source>
        <translation>Läuft… (hält am nächsten Haltepunkt an)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>An exception escaped the handler.</source>
        <translation>Eine Ausnahme hat den Handler verlassen.</translation>
    </message>
    <message>
        <source>Waiting for a debugger on 127.0.0.1:%1</source>
        <translation>Warte auf einen Debugger auf 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Waiting for a debugger on 127.0.0.1:%1. Attach your IDE with this launch configuration (launch.json):</source>
        <translation>Warte auf einen Debugger auf 127.0.0.1:%1. Verbinden Sie Ihre IDE mit dieser Startkonfiguration (launch.json):</translation>
    </message>
</context>
<context>
    <name>lambdesk::DeleteFunctionDialog</name>
    <message>
        <source>Delete function</source>
        <translation>Funktion löschen</translation>
    </message>
    <message>
        <source>Deleting &lt;b&gt;%1&lt;/b&gt; removes its code, its configuration and its test events from the workspace. This cannot be undone.</source>
        <translation>Beim Löschen von &lt;b&gt;%1&lt;/b&gt; werden ihr Code, ihre Konfiguration und ihre Testereignisse aus dem Arbeitsbereich entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>To confirm, type the function&apos;s name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Geben Sie zur Bestätigung den Namen der Funktion ein, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Type %1 exactly as it is written to enable Delete.</source>
        <translation>Geben Sie %1 genau so ein, wie es geschrieben ist, um „Löschen“ zu aktivieren.</translation>
    </message>
</context>
<context>
    <name>lambdesk::DestinationDialog</name>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>On success: every event that succeeds. On failure: an event whose retries ran out or that grew older than the maximum age</source>
        <translation>Bei Erfolg: jedes erfolgreiche Ereignis. Bei Fehler: ein Ereignis, dessen Wiederholungen aufgebraucht sind oder das älter als das maximale Alter ist</translation>
    </message>
    <message>
        <source>A function or queue ARN</source>
        <translation>ARN einer Funktion oder Warteschlange</translation>
    </message>
    <message>
        <source>A function receives the invocation record as an Event invocation; a queue, as a message</source>
        <translation>Eine Funktion erhält den Aufrufdatensatz als Event-Aufruf, eine Warteschlange als Nachricht</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>The destination receives AWS&apos;s invocation record: the request, the response and why.</source>
        <translation>Das Ziel erhält den Aufrufdatensatz von AWS: die Anfrage, die Antwort und den Grund.</translation>
    </message>
</context>
<context>
    <name>lambdesk::DestinationsForm</name>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>No destinations: the records of asynchronous invocations are not kept.</source>
        <translation>Keine Ziele: Die Datensätze asynchroner Aufrufe werden nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>Add destination</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>lambdesk::DiffView</name>
    <message>
        <source>  (−%1)</source>
        <translation>  (−%1)</translation>
    </message>
    <message>
        <source>  (+%1)</source>
        <translation>  (+%1)</translation>
    </message>
</context>
<context>
    <name>lambdesk::EditorDocument</name>
    <message>
        <source>&lt;b&gt;%1 was deleted on disk&lt;/b&gt; by another program. Save (Ctrl+S) to bring it back with this text, or close the tab.</source>
        <translation>&lt;b&gt;%1 wurde auf der Festplatte gelöscht&lt;/b&gt; (durch ein anderes Programm). Speichern Sie (Ctrl+S), um die Datei mit diesem Text wiederherzustellen, oder schließen Sie den Tab.</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>Tab schließen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source> Reloading discards your unsaved changes here.</source>
        <translation> Beim Neuladen gehen Ihre ungespeicherten Änderungen hier verloren.</translation>
    </message>
    <message>
        <source> It is already deployed: $LATEST runs what is on disk.</source>
        <translation> Sie ist bereits bereitgestellt: $LATEST führt aus, was auf der Festplatte liegt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 changed on disk&lt;/b&gt; (another editor or program).%2</source>
        <translation>&lt;b&gt;%1 wurde auf der Festplatte geändert&lt;/b&gt; (durch einen anderen Editor oder ein anderes Programm).%2</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
</context>
<context>
    <name>lambdesk::EditorTabs</name>
    <message>
        <source>Plain text</source>
        <translation>Nur Text</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;No file open&lt;/p&gt;&lt;p&gt;Double-click a file on the left to open it,&lt;br&gt;or create one with the &lt;b&gt;New file&lt;/b&gt; button above the tree.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Keine Datei geöffnet&lt;/p&gt;&lt;p&gt;Doppelklicken Sie links auf eine Datei, um sie zu öffnen,&lt;br&gt;oder erstellen Sie eine mit der Schaltfläche &lt;b&gt;Neue Datei&lt;/b&gt; über der Baumansicht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
    <message>
        <source>%1 has changes that are not deployed. Save and deploy them before closing?</source>
        <translation>%1 enthält Änderungen, die nicht bereitgestellt sind. Vor dem Schließen speichern und bereitstellen?</translation>
    </message>
    <message>
        <source>%1 — changes not deployed</source>
        <translation>%1 — Änderungen nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Ln %1, Col %2 · %3 · Spaces: %4</source>
        <translation>Z. %1, Sp. %2 · %3 · Leerzeichen: %4</translation>
    </message>
</context>
<context>
    <name>lambdesk::EnvironmentEditor</name>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>No environment variables. Your code reads them with &lt;tt&gt;os.environ&lt;/tt&gt; (Python) or &lt;tt&gt;process.env&lt;/tt&gt; (Node.js).</source>
        <translation>Keine Umgebungsvariablen. Ihr Code liest sie mit &lt;tt&gt;os.environ&lt;/tt&gt; (Python) oder &lt;tt&gt;process.env&lt;/tt&gt; (Node.js).</translation>
    </message>
    <message>
        <source>Add environment variable</source>
        <translation>Umgebungsvariable hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected variables</source>
        <translation>Die ausgewählten Variablen entfernen</translation>
    </message>
    <message>
        <source>Keys and values together may take at most 4 KB (4096 bytes, counted as UTF-8), as on AWS.</source>
        <translation>Schlüssel und Werte zusammen dürfen höchstens 4 KB belegen (4096 Byte, in UTF-8 gezählt), wie bei AWS.</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Keys start with a letter and contain only letters, digits and underscores. Keys Lambda sets itself (AWS_REGION, AWS_LAMBDA_FUNCTION_NAME, _HANDLER, …) are reserved. Values are always strings.</source>
        <translation>Schlüssel beginnen mit einem Buchstaben und enthalten nur Buchstaben, Ziffern und Unterstriche. Schlüssel, die Lambda selbst setzt (AWS_REGION, AWS_LAMBDA_FUNCTION_NAME, _HANDLER, …), sind reserviert. Werte sind immer Zeichenfolgen.</translation>
    </message>
    <message>
        <source>%1 of 4096 bytes</source>
        <translation>%1 von 4096 Byte</translation>
    </message>
</context>
<context>
    <name>lambdesk::EnvironmentModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Environment variables take %1 bytes; the total of keys and values must not exceed 4 KB (4096 bytes)</source>
        <translation>Die Umgebungsvariablen belegen %1 Byte; Schlüssel und Werte zusammen dürfen 4 KB (4096 Byte) nicht überschreiten</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Rows %1: %2</source>
        <translation>Zeilen %1: %2</translation>
    </message>
    <message>
        <source>Environment variable key is empty; every value needs a key that starts with a letter and contains only letters, digits and underscores</source>
        <translation>Schlüssel einer Umgebungsvariablen ist leer; jeder Wert braucht einen Schlüssel, der mit einem Buchstaben beginnt und nur Buchstaben, Ziffern und Unterstriche enthält</translation>
    </message>
    <message>
        <source>Environment variable key &apos;%1&apos; is used more than once; keys must be unique</source>
        <translation>Der Schlüssel &apos;%1&apos; einer Umgebungsvariablen kommt mehrfach vor; Schlüssel müssen eindeutig sein</translation>
    </message>
</context>
<context>
    <name>lambdesk::EventForm</name>
    <message>
        <source>Create new event</source>
        <translation>Neues Ereignis erstellen</translation>
    </message>
    <message>
        <source>Edit saved event</source>
        <translation>Gespeichertes Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>e.g. s3-put-photo</source>
        <translation>z. B. s3-put-photo</translation>
    </message>
    <message>
        <source>1 to %1 letters, digits, dots (.), hyphens (-) or underscores (_)</source>
        <translation>1 bis %1 Buchstaben, Ziffern, Punkte (.), Bindestriche (-) oder Unterstriche (_)</translation>
    </message>
    <message>
        <source>Only this function sees it; a function can have %1</source>
        <translation>Nur diese Funktion sieht es; eine Funktion kann %1 haben</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Freigebbar</translation>
    </message>
    <message>
        <source>Every function of this workspace can use it</source>
        <translation>Jede Funktion dieses Arbeitsbereichs kann es verwenden</translation>
    </message>
    <message>
        <source>Test event action</source>
        <translation>Aktion für Testereignis</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Ereignisname</translation>
    </message>
    <message>
        <source>Event sharing</source>
        <translation>Ereignisfreigabe</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Saved event</source>
        <translation>Gespeichertes Ereignis</translation>
    </message>
    <message>
        <source>No saved events yet</source>
        <translation>Noch keine gespeicherten Ereignisse</translation>
    </message>
    <message>
        <source>Private (%1 of %2)</source>
        <translation>Privat (%1 von %2)</translation>
    </message>
</context>
<context>
    <name>lambdesk::EventJsonEditor</name>
    <message>
        <source>Format</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <source>Indent the JSON (two spaces, keys kept in order)</source>
        <translation>JSON einrücken (zwei Leerzeichen, Reihenfolge der Schlüssel bleibt erhalten)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Event JSON&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ereignis-JSON&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>lambdesk::ExplainPopup</name>
    <message>
        <source>Learn more in the AWS documentation</source>
        <translation>Mehr dazu in der AWS-Dokumentation</translation>
    </message>
</context>
<context>
    <name>lambdesk::FileOperations</name>
    <message>
        <source>%1 is the current name; type a different one</source>
        <translation>%1 ist der aktuelle Name; geben Sie einen anderen ein</translation>
    </message>
    <message>
        <source>%1 lies inside %2: a folder cannot move into itself</source>
        <translation>%1 liegt in %2: Ein Ordner kann nicht in sich selbst verschoben werden</translation>
    </message>
    <message>
        <source>%1: a folder named %2 already exists</source>
        <translation>%1: Ein Ordner namens %2 existiert bereits</translation>
    </message>
    <message>
        <source>%1: a file named %2 already exists</source>
        <translation>%1: Eine Datei namens %2 existiert bereits</translation>
    </message>
    <message>
        <source>%1: %2 is a file, so it cannot contain other files</source>
        <translation>%1: %2 ist eine Datei und kann daher keine anderen Dateien enthalten</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>Neue Datei</translation>
    </message>
    <message>
        <source>Name of the new file:</source>
        <translation>Name der neuen Datei:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Name des neuen Ordners:</translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation>Ordnername</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name (or path) for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Neuer Name (oder Pfad) für &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>Ordner löschen</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Datei löschen</translation>
    </message>
    <message>
        <source>Delete the folder &lt;b&gt;%1&lt;/b&gt; and everything in it?</source>
        <translation>Den Ordner &lt;b&gt;%1&lt;/b&gt; und seinen gesamten Inhalt löschen?</translation>
    </message>
    <message>
        <source>Delete &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; löschen?</translation>
    </message>
    <message>
        <source>This deploys to $LATEST at once and cannot be undone.</source>
        <translation>Dies wird sofort in $LATEST bereitgestellt und kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>lambdesk::FileTreePanel</name>
    <message>
        <source>&lt;b&gt;Files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dateien&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>Neue Datei</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>&lt;small&gt;Only the first 5000 entries are shown.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Nur die ersten 5000 Einträge werden angezeigt.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>New file…</source>
        <translation>Neue Datei…</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Neuer Ordner…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
</context>
<context>
    <name>lambdesk::FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Enter: next match · Shift+Enter: previous · Escape: close</source>
        <translation>Enter: nächster Treffer · Shift+Enter: vorheriger · Escape: schließen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Enter: replace this match and find the next · Escape: close</source>
        <translation>Enter: diesen Treffer ersetzen und den nächsten suchen · Escape: schließen</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Nur ganze Wörter</translation>
    </message>
    <message>
        <source>Regular expression (\1 in the replacement inserts a group)</source>
        <translation>Regulärer Ausdruck (\1 in der Ersetzung fügt eine Gruppe ein)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Escape)</translation>
    </message>
    <message>
        <source>Invalid regular expression</source>
        <translation>Ungültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace this match and go to the next</source>
        <translation>Diesen Treffer ersetzen und zum nächsten gehen</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Replace every match in this file (one undo step)</source>
        <translation>Jeden Treffer in dieser Datei ersetzen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Matches empty text</source>
        <translation>Passt auf leeren Text</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Replaced %1</source>
        <translation>%1 ersetzt</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
</context>
<context>
    <name>lambdesk::FunctionListDelegate</name>
    <message>
        <source>function.json is broken</source>
        <translation>function.json ist fehlerhaft</translation>
    </message>
</context>
<context>
    <name>lambdesk::FunctionListModel</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>running ×%1</source>
        <translation>läuft ×%1</translation>
    </message>
    <message>
        <source>1 warm</source>
        <translation>1 warm</translation>
    </message>
    <message>
        <source>%1 warm</source>
        <translation>%1 warm</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>im Leerlauf</translation>
    </message>
    <message>
        <source>%1 cannot run: its configuration is broken.
%2</source>
        <translation>%1 kann nicht ausgeführt werden: Die Konfiguration ist fehlerhaft.
%2</translation>
    </message>
    <message>
        <source>%1
%2 · %3 MB · %4 s timeout
%5</source>
        <translation>%1
%2 · %3 MB · %4 s Zeitlimit
%5</translation>
    </message>
</context>
<context>
    <name>lambdesk::FunctionUrlDialog</name>
    <message>
        <source>Edit function URL</source>
        <translation>Funktions-URL bearbeiten</translation>
    </message>
    <message>
        <source>Create function URL</source>
        <translation>Funktions-URL erstellen</translation>
    </message>
    <message>
        <source>$LATEST: the function itself. An alias: the URL runs the version the alias points at</source>
        <translation>$LATEST: die Funktion selbst. Ein Alias: Die URL führt die Version aus, auf die der Alias verweist</translation>
    </message>
    <message>
        <source>Configure cross-origin resource sharing (CORS)</source>
        <translation>Cross-Origin Resource Sharing (CORS) konfigurieren</translation>
    </message>
    <message>
        <source>Lets web pages of other origins call this URL from a browser: the answers to preflights and the CORS headers of every response</source>
        <translation>Erlaubt Webseiten anderer Ursprünge, diese URL aus einem Browser aufzurufen: die Antworten auf Preflight-Anfragen und die CORS-Header jeder Antwort</translation>
    </message>
    <message>
        <source>* or https://example.com, http://localhost:3000</source>
        <translation>* oder https://example.com, http://localhost:3000</translation>
    </message>
    <message>
        <source>Headers the page&apos;s script may read, e.g. x-request-id</source>
        <translation>Header, die das Skript der Seite lesen darf, z. B. x-request-id</translation>
    </message>
    <message>
        <source>Headers the page may send, e.g. content-type</source>
        <translation>Header, die die Seite senden darf, z. B. content-type</translation>
    </message>
    <message>
        <source>GET, PUT, HEAD, POST, PATCH, DELETE or *</source>
        <translation>GET, PUT, HEAD, POST, PATCH, DELETE oder *</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long a browser may keep a preflight&apos;s answer (0 to 86400 seconds)</source>
        <translation>Wie lange ein Browser die Antwort auf eine Preflight-Anfrage aufbewahren darf (0 bis 86400 Sekunden)</translation>
    </message>
    <message>
        <source>Allow credentials (cookies, authorization headers)</source>
        <translation>Anmeldeinformationen zulassen (Cookies, Authorization-Header)</translation>
    </message>
    <message>
        <source>Allow origin</source>
        <translation>Ursprung zulassen</translation>
    </message>
    <message>
        <source>Expose headers</source>
        <translation>Header verfügbar machen</translation>
    </message>
    <message>
        <source>Allow headers</source>
        <translation>Header zulassen</translation>
    </message>
    <message>
        <source>Allow methods</source>
        <translation>Methoden zulassen</translation>
    </message>
    <message>
        <source>Max age</source>
        <translation>Max. Alter</translation>
    </message>
    <message>
        <source>BUFFERED: the response is sent when the handler returns. RESPONSE_STREAM: a streaming handler&apos;s chunks reach the client as they are written</source>
        <translation>BUFFERED: Die Antwort wird gesendet, wenn der Handler zurückkehrt. RESPONSE_STREAM: Die Teile eines Streaming-Handlers erreichen den Client, sobald sie geschrieben werden</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualifizierer</translation>
    </message>
    <message>
        <source>Auth type</source>
        <translation>Authentifizierungstyp</translation>
    </message>
    <message>
        <source>Invoke mode</source>
        <translation>Aufrufmodus</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>lambdesk::FunctionUrlForm</name>
    <message>
        <source>Qualifier</source>
        <translation>Qualifizierer</translation>
    </message>
    <message>
        <source>Auth type</source>
        <translation>Authentifizierungstyp</translation>
    </message>
    <message>
        <source>CORS allow origin</source>
        <translation>CORS: Ursprung zulassen</translation>
    </message>
    <message>
        <source>Invoke mode</source>
        <translation>Aufrufmodus</translation>
    </message>
    <message>
        <source>No function URL: the function is called through the Lambda API only. Create one to give it an HTTP address that a browser or curl can call.</source>
        <translation>Keine Funktions-URL: Die Funktion wird nur über die Lambda-API aufgerufen. Erstellen Sie eine, um ihr eine HTTP-Adresse zu geben, die ein Browser oder curl aufrufen kann.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the URL to the clipboard</source>
        <translation>URL in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Open the URL in the web browser (a GET request to the function)</source>
        <translation>URL im Webbrowser öffnen (eine GET-Anfrage an die Funktion)</translation>
    </message>
    <message>
        <source>The same URL for clients that cannot resolve *.localhost names</source>
        <translation>Dieselbe URL für Clients, die *.localhost-Namen nicht auflösen können</translation>
    </message>
    <message>
        <source>Copy the path form of the URL</source>
        <translation>Die Pfadform der URL kopieren</translation>
    </message>
    <message>
        <source>Create function URL</source>
        <translation>Funktions-URL erstellen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Copied the function URL</source>
        <translation>Funktions-URL kopiert</translation>
    </message>
    <message>
        <source>Routes of %1 (SAM %2 events), served by this URL; the handler tells them apart by rawPath and requestContext.http.method: %3</source>
        <translation>Routen von %1 (SAM-%2-Ereignisse), bedient von dieser URL; der Handler unterscheidet sie anhand von rawPath und requestContext.http.method: %3</translation>
    </message>
    <message>
        <source>$LATEST and every alias have a URL already</source>
        <translation>$LATEST und jeder Alias haben bereits eine URL</translation>
    </message>
    <message>
        <source>Give the function (or one of its aliases) an HTTP address</source>
        <translation>Der Funktion (oder einem ihrer Aliasse) eine HTTP-Adresse geben</translation>
    </message>
    <message>
        <source>The Lambda API is not running, so this URL does not answer now (URL id %1). Start it from the API link in the status bar.</source>
        <translation>Die Lambda-API läuft nicht, daher antwortet diese URL gerade nicht (URL-ID %1). Starten Sie sie über den API-Link in der Statusleiste.</translation>
    </message>
    <message>
        <source>Open ↗</source>
        <translation>Öffnen ↗</translation>
    </message>
    <message>
        <source>Path form: %1</source>
        <translation>Pfadform: %1</translation>
    </message>
    <message>
        <source>Saved the function URL of %1</source>
        <translation>Funktions-URL von %1 gespeichert</translation>
    </message>
    <message>
        <source>Delete function URL</source>
        <translation>Funktions-URL löschen</translation>
    </message>
    <message>
        <source>Delete the function URL of %1 (%2)? Its address stops answering at once; a URL created later gets a new address.</source>
        <translation>Die Funktions-URL von %1 (%2) löschen? Ihre Adresse antwortet sofort nicht mehr; eine später erstellte URL erhält eine neue Adresse.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Deleted the function URL of %1 (%2)</source>
        <translation>Funktions-URL von %1 (%2) gelöscht</translation>
    </message>
</context>
<context>
    <name>lambdesk::FunctionUrlSummary</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the function URL</source>
        <translation>Die Funktions-URL kopieren</translation>
    </message>
    <message>
        <source>Function URL</source>
        <translation>Funktions-URL</translation>
    </message>
    <message>
        <source>Function URL (%1)</source>
        <translation>Funktions-URL (%1)</translation>
    </message>
    <message>
        <source>%1: &lt;i&gt;the Lambda API is not running, so the URL does not answer now&lt;/i&gt;</source>
        <translation>%1: &lt;i&gt;Die Lambda-API läuft nicht, daher antwortet die URL gerade nicht&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Click to open it in the web browser. Path form: %1</source>
        <translation>Klicken, um sie im Webbrowser zu öffnen. Pfadform: %1</translation>
    </message>
</context>
<context>
    <name>lambdesk::GeneralForm</name>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Node.js</source>
        <translation>Node.js</translation>
    </message>
    <message>
        <source>a custom runtime</source>
        <translation>eine benutzerdefinierte Laufzeit</translation>
    </message>
    <message>
        <source>an unknown runtime</source>
        <translation>eine unbekannte Laufzeit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Ephemeral storage</source>
        <translation>Flüchtiger Speicher</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>What this function does</source>
        <translation>Was diese Funktion tut</translation>
    </message>
    <message>
        <source>128 MB to 10240 MB in 1 MB steps. The invocation is stopped if the function&apos;s processes use more; CPU grows with memory.</source>
        <translation>128 MB bis 10240 MB in Schritten von 1 MB. Der Aufruf wird gestoppt, wenn die Prozesse der Funktion mehr verwenden; die CPU-Leistung wächst mit dem Arbeitsspeicher.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Size of /tmp in each execution environment, 512 MB to 10240 MB. Files there survive between invocations of a warm environment.</source>
        <translation>Größe von /tmp in jeder Ausführungsumgebung, 512 MB bis 10240 MB. Dateien dort bleiben zwischen Aufrufen einer warmen Umgebung erhalten.</translation>
    </message>
    <message>
        <source>1 second to 15 minutes. At the deadline the invocation is stopped (&quot;Task timed out&quot;) and its environment reset.</source>
        <translation>1 Sekunde bis 15 Minuten. Bei Ablauf wird der Aufruf gestoppt (&quot;Task timed out&quot;) und seine Umgebung zurückgesetzt.</translation>
    </message>
    <message>
        <source>No network (loopback only)</source>
        <translation>Kein Netzwerk (nur Loopback)</translation>
    </message>
    <message>
        <source>Lambdesk only: the function&apos;s environments get a network of their own with only loopback (the Runtime API still works). Needs the sandbox (see the status bar); without it the switch has no effect.</source>
        <translation>Nur Lambdesk: Die Umgebungen der Funktion erhalten ein eigenes Netzwerk mit nur Loopback (die Runtime API funktioniert weiterhin). Erfordert die Sandbox (siehe Statusleiste); ohne sie hat der Schalter keine Wirkung.</translation>
    </message>
    <message>
        <source>%1 (custom runtime: your bootstrap)</source>
        <translation>%1 (benutzerdefinierte Laufzeit: Ihr bootstrap)</translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, Version %3)</translation>
    </message>
    <message>
        <source>%1 (not installed on this machine)</source>
        <translation>%1 (auf diesem Rechner nicht installiert)</translation>
    </message>
    <message>
        <source>%1 (detecting this machine&apos;s runtimes…)</source>
        <translation>%1 (Laufzeiten dieses Rechners werden erkannt…)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 MB (%2)</source>
        <translation>%1 MB (%2)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>No network (loopback only, in the sandbox)</source>
        <translation>Kein Netzwerk (nur Loopback, in der Sandbox)</translation>
    </message>
    <message>
        <source>Host network</source>
        <translation>Host-Netzwerk</translation>
    </message>
    <message>
        <source>Form: file.function (for example lambda_function.lambda_handler; folders with /).</source>
        <translation>Form: Datei.Funktion (zum Beispiel lambda_function.lambda_handler; Ordner mit /).</translation>
    </message>
    <message>
        <source>Lambda imports %1 and calls its %2(event, context).</source>
        <translation>Lambda importiert %1 und ruft dessen %2(event, context) auf.</translation>
    </message>
    <message>
        <source>Form: file.export (for example index.handler, for index.mjs or index.js).</source>
        <translation>Form: Datei.Export (zum Beispiel index.handler, für index.mjs oder index.js).</translation>
    </message>
    <message>
        <source>Lambda loads %1 and calls its exported %2 function.</source>
        <translation>Lambda lädt %1 und ruft die exportierte Funktion %2 auf.</translation>
    </message>
    <message>
        <source>Custom runtime: your bootstrap executable receives this value as _HANDLER and decides what it means (the blank template&apos;s function.handler calls handler in function.sh).</source>
        <translation>Benutzerdefinierte Laufzeit: Ihre ausführbare bootstrap-Datei erhält diesen Wert als _HANDLER und entscheidet, was er bedeutet (function.handler der leeren Vorlage ruft handler in function.sh auf).</translation>
    </message>
    <message>
        <source>Note: %1 is not in the function&apos;s code.</source>
        <translation>Hinweis: %1 ist nicht im Code der Funktion enthalten.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>The function will run on %1 instead of %2. The handler form stays the same; check that your code works on the new version.</source>
        <translation>Die Funktion läuft dann mit %1 statt mit %2. Die Handler-Form bleibt gleich; prüfen Sie, ob Ihr Code mit der neuen Version funktioniert.</translation>
    </message>
    <message>
        <source>Changing from %1 to %2 does not convert your code, and the handler form may differ: %3 expects a handler like &lt;b&gt;%4&lt;/b&gt; and code in that language.</source>
        <translation>Der Wechsel von %1 zu %2 konvertiert Ihren Code nicht, und die Handler-Form kann abweichen: %3 erwartet einen Handler wie &lt;b&gt;%4&lt;/b&gt; und Code in dieser Sprache.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;handler:%1&quot;&gt;Use %1&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;handler:%1&quot;&gt;%1 verwenden&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>lambdesk::GoToLineBar</name>
    <message>
        <source>Go to line:</source>
        <translation>Gehe zu Zeile:</translation>
    </message>
    <message>
        <source>A line number, or line:column</source>
        <translation>Eine Zeilennummer oder Zeile:Spalte</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Los</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Escape)</translation>
    </message>
    <message>
        <source>1–%1</source>
        <translation>1–%1</translation>
    </message>
    <message>
        <source>Type a line number (1–%1), or line:column</source>
        <translation>Geben Sie eine Zeilennummer (1–%1) oder Zeile:Spalte ein</translation>
    </message>
    <message>
        <source>Line must be between 1 and %1</source>
        <translation>Die Zeile muss zwischen 1 und %1 liegen</translation>
    </message>
</context>
<context>
    <name>lambdesk::InvocationController</name>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <source>Lambda API</source>
        <translation>Lambda-API</translation>
    </message>
    <message>
        <source>Load run</source>
        <translation>Lasttest</translation>
    </message>
    <message>
        <source>Function URL</source>
        <translation>Funktions-URL</translation>
    </message>
    <message>
        <source>Event queue (attempt %1)</source>
        <translation>Ereigniswarteschlange (Versuch %1)</translation>
    </message>
    <message>
        <source>Event queue</source>
        <translation>Ereigniswarteschlange</translation>
    </message>
    <message>
        <source>Queue trigger (SQS)</source>
        <translation>Warteschlangen-Trigger (SQS)</translation>
    </message>
    <message>
        <source>Schedule (attempt %1)</source>
        <translation>Zeitplan (Versuch %1)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
</context>
<context>
    <name>lambdesk::InvocationTableModel</name>
    <message>
        <source>%1
Double-click or Enter: show its log lines</source>
        <translation>%1
Doppelklick oder Enter: Protokollzeilen anzeigen</translation>
    </message>
    <message>
        <source>Invoked as %1, version %2 ran</source>
        <translation>Aufgerufen als %1, Version %2 lief</translation>
    </message>
    <message>
        <source>Cold (init %1 ms)</source>
        <translation>Kalt (Init %1 ms)</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>, attempt %1</source>
        <translation>, Versuch %1</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Max memory</source>
        <translation>Max. Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>lambdesk::InvokeOptions</name>
    <message>
        <source>The version or alias to invoke; $LATEST is the code you are editing</source>
        <translation>Die aufzurufende Version oder der Alias; $LATEST ist der Code, den Sie bearbeiten</translation>
    </message>
    <message>
        <source>Synchronous (RequestResponse)</source>
        <translation>Synchron (RequestResponse)</translation>
    </message>
    <message>
        <source>Asynchronous (Event)</source>
        <translation>Asynchron (Event)</translation>
    </message>
    <message>
        <source>Validate only (DryRun)</source>
        <translation>Nur validieren (DryRun)</translation>
    </message>
    <message>
        <source>RequestResponse waits for the response; Event queues the event and returns at once; DryRun checks the request without running the function</source>
        <translation>RequestResponse wartet auf die Antwort; Event stellt das Ereignis in die Warteschlange und kehrt sofort zurück; DryRun prüft die Anfrage, ohne die Funktion auszuführen</translation>
    </message>
</context>
<context>
    <name>lambdesk::JsonLint</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>lambdesk::LayersForm</name>
    <message>
        <source>Layers are extracted to /opt in this order: a file of a later layer replaces the same file of an earlier one. Up to %1 layers; with the code, at most %2 unzipped. These are $LATEST&apos;s layers: a published version keeps those it was published with.</source>
        <translation>Ebenen werden in dieser Reihenfolge nach /opt entpackt: Eine Datei einer späteren Ebene ersetzt dieselbe Datei einer früheren. Bis zu %1 Ebenen; zusammen mit dem Code höchstens %2 entpackt. Dies sind die Ebenen von $LATEST: Eine veröffentlichte Version behält die Ebenen, mit denen sie veröffentlicht wurde.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Version ARN</source>
        <translation>Versions-ARN</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>The merge order: a later layer&apos;s files win</source>
        <translation>Die Zusammenführungsreihenfolge: Die Dateien einer späteren Ebene haben Vorrang</translation>
    </message>
    <message>
        <source>Add layer…</source>
        <translation>Ebene hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Merge earlier: later layers win over this one</source>
        <translation>Früher zusammenführen: Spätere Ebenen haben Vorrang vor dieser</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Merge later: this layer wins over the earlier ones</source>
        <translation>Später zusammenführen: Diese Ebene hat Vorrang vor den früheren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Show the saved layers again</source>
        <translation>Die gespeicherten Ebenen wieder anzeigen</translation>
    </message>
    <message>
        <source>Save layers</source>
        <translation>Ebenen speichern</translation>
    </message>
    <message>
        <source>Save the layers of $LATEST; its warm environments are retired (the next invocation starts with the new /opt)</source>
        <translation>Die Ebenen von $LATEST speichern; ihre warmen Umgebungen werden beendet (der nächste Aufruf startet mit dem neuen /opt)</translation>
    </message>
    <message>
        <source>Unzipped; the zip is %1</source>
        <translation>Entpackt; die ZIP-Datei ist %1 groß</translation>
    </message>
    <message>
        <source>(not a layer version ARN)</source>
        <translation>(kein ARN einer Ebenenversion)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not a layer version published here: saving checks it</source>
        <translation>Keine hier veröffentlichte Ebenenversion: Beim Speichern wird sie geprüft</translation>
    </message>
    <message>
        <source>No layers: /opt is empty. Code: %1 unzipped.</source>
        <translation>Keine Ebenen: /opt ist leer. Code: %1 entpackt.</translation>
    </message>
    <message>
        <source>Total unzipped size: %1 (layers %2%3 + code %4) of %5</source>
        <translation>Entpackte Gesamtgröße: %1 (Ebenen %2%3 + Code %4) von %5</translation>
    </message>
    <message>
        <source>, some unknown</source>
        <translation>, teilweise unbekannt</translation>
    </message>
    <message>
        <source>Saved the layers of %1</source>
        <translation>Ebenen von %1 gespeichert</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>lambdesk::LayersPage</name>
    <message>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>Delete layer version</source>
        <translation>Ebenenversion löschen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layers&lt;/b&gt; — files (libraries, a custom runtime) that functions share: a function&apos;s layers are extracted to &lt;i&gt;/opt&lt;/i&gt; in its order</source>
        <translation>&lt;b&gt;Ebenen&lt;/b&gt; — Dateien (Bibliotheken, eine benutzerdefinierte Laufzeit), die Funktionen gemeinsam nutzen: Die Ebenen einer Funktion werden in ihrer Reihenfolge nach &lt;i&gt;/opt&lt;/i&gt; entpackt</translation>
    </message>
    <message>
        <source>Create layer</source>
        <translation>Ebene erstellen</translation>
    </message>
    <message>
        <source>Publish a layer (or the next version of one) from a folder or a .zip file</source>
        <translation>Eine Ebene (oder ihre nächste Version) aus einem Ordner oder einer .zip-Datei veröffentlichen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>Neueste Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Compatible runtimes</source>
        <translation>Kompatible Laufzeiten</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Version löschen</translation>
    </message>
    <message>
        <source>Delete the selected version; functions that use it keep working</source>
        <translation>Die ausgewählte Version löschen; Funktionen, die sie verwenden, funktionieren weiter</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Version ARN</source>
        <translation>Versions-ARN</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&lt;b&gt;Versions of %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;Versionen von %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>The layer&apos;s ARN; a function names a version: ARN:VERSION</source>
        <translation>Der ARN der Ebene; eine Funktion nennt eine Version: ARN:VERSION</translation>
    </message>
    <message>
        <source>Zip: %1 · unzipped: %2</source>
        <translation>ZIP: %1 · entpackt: %2</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>Copy the version&apos;s ARN</source>
        <translation>Den ARN der Version kopieren</translation>
    </message>
    <message>
        <source>Copy ARN of version %1</source>
        <translation>ARN von Version %1 kopieren</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>No layers yet: &lt;b&gt;Create layer&lt;/b&gt; publishes one</source>
        <translation>Noch keine Ebenen: &lt;b&gt;Ebene erstellen&lt;/b&gt; veröffentlicht eine</translation>
    </message>
    <message>
        <source>Published version %1 of %2</source>
        <translation>Version %1 von %2 veröffentlicht</translation>
    </message>
    <message>
        <source>Delete version %1 of layer %2?

Functions that use it keep working. No function can add it any more, and it cannot be restored.</source>
        <translation>Version %1 der Ebene %2 löschen?

Funktionen, die sie verwenden, funktionieren weiter. Keine Funktion kann sie mehr hinzufügen, und sie kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Deleted version %1 of %2</source>
        <translation>Version %1 von %2 gelöscht</translation>
    </message>
</context>
<context>
    <name>lambdesk::LearnPanel</name>
    <message>
        <source>Short lessons done in the real console: each step is checked by watching what happens when you invoke, deploy and configure. Pick one to begin.</source>
        <translation>Kurze Lektionen in der echten Konsole: Jeder Schritt wird geprüft, indem beobachtet wird, was beim Aufrufen, Bereitstellen und Konfigurieren geschieht. Wählen Sie eine zum Anfangen.</translation>
    </message>
    <message>
        <source>‹ All lessons</source>
        <translation>‹ Alle Lektionen</translation>
    </message>
    <message>
        <source>Start lesson</source>
        <translation>Lektion starten</translation>
    </message>
    <message>
        <source>Restart lesson</source>
        <translation>Lektion neu beginnen</translation>
    </message>
    <message>
        <source>Forget this lesson&apos;s progress and begin again at its first step</source>
        <translation>Den Fortschritt dieser Lektion vergessen und beim ersten Schritt neu beginnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schritte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Zeig es mir</translation>
    </message>
    <message>
        <source>Outline the part of the window where this step happens</source>
        <translation>Den Teil des Fensters umranden, in dem dieser Schritt geschieht</translation>
    </message>
    <message>
        <source>&lt;i&gt;Checked off by itself once it happens in the console.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wird von selbst abgehakt, sobald es in der Konsole geschieht.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>In progress: %1 of %2 steps done</source>
        <translation>In Arbeit: %1 von %2 Schritten erledigt</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 von %2 Schritten erledigt</translation>
    </message>
    <message>
        <source>Continue lesson</source>
        <translation>Lektion fortsetzen</translation>
    </message>
    <message>
        <source>Next lesson: %1</source>
        <translation>Nächste Lektion: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lesson complete.&lt;/b&gt; Every step of “%1” is done. Pick another lesson, or restart this one to do it again.</source>
        <translation>&lt;b&gt;Lektion abgeschlossen.&lt;/b&gt; Alle Schritte von „%1“ sind erledigt. Wählen Sie eine andere Lektion oder beginnen Sie diese neu, um sie noch einmal zu machen.</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Noch nicht erledigt</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Waiting for the backend to detect this machine&apos;s runtimes…</source>
        <translation>Warten, bis das Backend die Laufzeiten dieses Rechners erkannt hat…</translation>
    </message>
    <message>
        <source>Preparing the lesson&apos;s function %1…</source>
        <translation>Die Funktion %1 der Lektion wird vorbereitet…</translation>
    </message>
    <message>
        <source>The lesson cannot start: %1</source>
        <translation>Die Lektion kann nicht starten: %1</translation>
    </message>
    <message>
        <source>Lesson started: %1</source>
        <translation>Lektion gestartet: %1</translation>
    </message>
    <message>
        <source>That part of the window is not shown now.</source>
        <translation>Dieser Teil des Fensters wird gerade nicht angezeigt.</translation>
    </message>
    <message>
        <source>Step done: %1</source>
        <translation>Schritt erledigt: %1</translation>
    </message>
    <message>
        <source>Lesson complete: %1</source>
        <translation>Lektion abgeschlossen: %1</translation>
    </message>
</context>
<context>
    <name>lambdesk::LoadDialog</name>
    <message>
        <source>Run load: %1:%2</source>
        <translation>Lasttest: %1:%2</translation>
    </message>
    <message>
        <source>How many invocations to run</source>
        <translation>Wie viele Aufrufe ausgeführt werden</translation>
    </message>
    <message>
        <source>How many invocations are in flight at once (a new one starts when one ends)</source>
        <translation>Wie viele Aufrufe gleichzeitig laufen (ein neuer startet, wenn einer endet)</translation>
    </message>
    <message>
        <source>&amp;Ramp to</source>
        <translation>&amp;Steigern auf</translation>
    </message>
    <message>
        <source>Raise the concurrency step by step over the run, from the concurrency above to this</source>
        <translation>Die Gleichzeitigkeit während des Laufs schrittweise vom obigen Wert auf diesen erhöhen</translation>
    </message>
    <message>
        <source>&amp;Invocations:</source>
        <translation>&amp;Aufrufe:</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Gleichzeitigkeit:</translation>
    </message>
    <message>
        <source>The payload every invocation sends (the Test tab&apos;s event)</source>
        <translation>Die Nutzlast, die jeder Aufruf sendet (das Ereignis der Registerkarte „Testen“)</translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation>&amp;Nutzlast:</translation>
    </message>
    <message>
        <source>&amp;Payload (event %1):</source>
        <translation>&amp;Nutzlast (Ereignis %1):</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Start no more invocations; the ones in flight end</source>
        <translation>Keine weiteren Aufrufe starten; die laufenden werden beendet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Gleichzeitigkeit</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>In Ausführung</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Throttles and errors</source>
        <translation>Drosselungen und Fehler</translation>
    </message>
    <message>
        <source>Throttles</source>
        <translation>Drosselungen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>most in flight each second</source>
        <translation>Maximum in Ausführung je Sekunde</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <source>of the invocations that ended each second</source>
        <translation>der in jeder Sekunde beendeten Aufrufe</translation>
    </message>
    <message>
        <source>Hover for each second&apos;s values</source>
        <translation>Für die Werte jeder Sekunde mit der Maus darüberfahren</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The summary of the run appears here when it ends.</source>
        <translation>Die Zusammenfassung des Laufs erscheint hier, wenn er endet.</translation>
    </message>
    <message>
        <source>The payload is not valid JSON: %1</source>
        <translation>Die Nutzlast ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
</context>
<context>
    <name>lambdesk::LogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>lambdesk::LogView</name>
    <message>
        <source>Whose lines to show</source>
        <translation>Wessen Zeilen angezeigt werden</translation>
    </message>
    <message>
        <source>Selected function</source>
        <translation>Gewählte Funktion</translation>
    </message>
    <message>
        <source>All functions</source>
        <translation>Alle Funktionen</translation>
    </message>
    <message>
        <source>Which version&apos;s lines to show</source>
        <translation>Die Zeilen welcher Version angezeigt werden</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>Alle Versionen</translation>
    </message>
    <message>
        <source>Which time range to show</source>
        <translation>Welcher Zeitraum angezeigt wird</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Alle Zeiten</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 Min.</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 Min.</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>12 hours</source>
        <translation>12 Stunden</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>Lines of any time</source>
        <translation>Zeilen aus dem gesamten Zeitraum</translation>
    </message>
    <message>
        <source>Lines of the last %1</source>
        <translation>Zeilen, nicht älter als %1</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Zeitraum…</translation>
    </message>
    <message>
        <source>Which levels to show (Node&apos;s console.warn/error, Python&apos;s logging, JSON &quot;level&quot;)</source>
        <translation>Welche Protokollebenen angezeigt werden (console.warn/error von Node, logging von Python, JSON &quot;level&quot;)</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Ebenen</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen, Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Filter by text, request id, or a JSON field: level=ERROR</source>
        <translation>Filtern nach Text, Anfrage-ID oder JSON-Feld: level=ERROR</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the newest line in view; scrolling up pauses, scrolling to the end resumes</source>
        <translation>Die neueste Zeile sichtbar halten; Hochscrollen pausiert, Scrollen ans Ende setzt fort</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines (Ctrl+C)</source>
        <translation>Die ausgewählten Zeilen kopieren (Ctrl+C)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the lines shown (after the filters) to a file</source>
        <translation>Die angezeigten Zeilen (nach den Filtern) in einer Datei speichern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every line from this view (the log database keeps them)</source>
        <translation>Alle Zeilen aus dieser Ansicht entfernen (die Protokolldatenbank behält sie)</translation>
    </message>
    <message>
        <source>Copy lines</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Lines from %1 to %2; choose again to change</source>
        <translation>Zeilen von %1 bis %2; zum Ändern erneut auswählen</translation>
    </message>
    <message>
        <source>Lines between</source>
        <translation>Zeilen zwischen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Selected function (%1)</source>
        <translation>Gewählte Funktion (%1)</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <source>Showing only request %1; click to show every request</source>
        <translation>Nur Anfrage %1 wird angezeigt; klicken, um alle Anfragen anzuzeigen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export the lines shown</source>
        <translation>Die angezeigten Zeilen exportieren</translation>
    </message>
    <message>
        <source>lambdesk-logs.txt</source>
        <translation>lambdesk-logs.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>Textdateien (*.txt *.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Fold the fields in</source>
        <translation>Felder einklappen</translation>
    </message>
    <message>
        <source>Show the fields</source>
        <translation>Felder anzeigen</translation>
    </message>
    <message>
        <source>Copy lines with time, function and request id</source>
        <translation>Zeilen mit Zeit, Funktion und Anfrage-ID kopieren</translation>
    </message>
    <message>
        <source>Copy request ID</source>
        <translation>Anfrage-ID kopieren</translation>
    </message>
    <message>
        <source>Show only request %1</source>
        <translation>Nur Anfrage %1 anzeigen</translation>
    </message>
    <message>
        <source>Show every request</source>
        <translation>Alle Anfragen anzeigen</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 of %2 lines</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
</context>
<context>
    <name>lambdesk::LoggingForm</name>
    <message>
        <source>Text: lines as the code prints them and START/END/REPORT. JSON: structured records from the runtime&apos;s logger and platform.* records, filtered by level</source>
        <translation>Text: Zeilen, wie der Code sie ausgibt, sowie START/END/REPORT. JSON: strukturierte Datensätze aus dem Logger der Laufzeit und platform.*-Datensätze, nach Protokollebene gefiltert</translation>
    </message>
    <message>
        <source>Lambda keeps the function&apos;s log records at this level and above (TRACE shows all)</source>
        <translation>Lambda behält die Protokolldatensätze der Funktion ab dieser Protokollebene (TRACE zeigt alle)</translation>
    </message>
    <message>
        <source>Lambda&apos;s own records: INFO keeps platform.start and platform.report, DEBUG adds platform.runtimeDone, WARN keeps neither</source>
        <translation>Eigene Datensätze von Lambda: INFO behält platform.start und platform.report, DEBUG fügt platform.runtimeDone hinzu, WARN behält keinen davon</translation>
    </message>
    <message>
        <source>Log levels apply only with the JSON format.</source>
        <translation>Protokollebenen gelten nur mit dem JSON-Format.</translation>
    </message>
    <message>
        <source>Log format</source>
        <translation>Protokollformat</translation>
    </message>
    <message>
        <source>Application log level</source>
        <translation>Protokollebene für Anwendungen</translation>
    </message>
    <message>
        <source>System log level</source>
        <translation>Systemprotokollebene</translation>
    </message>
    <message>
        <source>Log group</source>
        <translation>Protokollgruppe</translation>
    </message>
    <message>
        <source>Format: %1 · Log group: %2</source>
        <translation>Format: %1 · Protokollgruppe: %2</translation>
    </message>
    <message>
        <source>· Application log level: %1 · System log level: %2</source>
        <translation>· Protokollebene für Anwendungen: %1 · Systemprotokollebene: %2</translation>
    </message>
</context>
<context>
    <name>lambdesk::MainWindow</name>
    <message>
        <source>Lambdesk</source>
        <translation>Lambdesk</translation>
    </message>
    <message>
        <source>Starting the backend…</source>
        <translation>Backend wird gestartet…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Functions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Funktionen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Create function</source>
        <translation>Funktion erstellen</translation>
    </message>
    <message>
        <source>Create a function from a blueprint or from scratch (Ctrl+N)</source>
        <translation>Eine Funktion aus einer Vorlage oder von Grund auf neu erstellen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter functions</source>
        <translation>Funktionen filtern</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Überwachen</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Show or hide the log viewer (Ctrl+J)</source>
        <translation>Protokollanzeige ein- oder ausblenden (Ctrl+J)</translation>
    </message>
    <message>
        <source>No warm environments</source>
        <translation>Keine warmen Umgebungen</translation>
    </message>
    <message>
        <source>%1: %2 — warm environments retired; the next invocation is a cold start</source>
        <translation>%1: %2 — warme Umgebungen beendet; der nächste Aufruf ist ein Kaltstart</translation>
    </message>
    <message>
        <source>API &lt;a href=&apos;api&apos;&gt;%1&lt;/a&gt;</source>
        <translation>API &lt;a href=&apos;api&apos;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The Lambda API for the AWS CLI and SDKs (--endpoint-url %1). Click for credentials and recent calls.</source>
        <translation>Die Lambda-API für die AWS CLI und SDKs (--endpoint-url %1). Klicken Sie für Anmeldeinformationen und letzte Aufrufe.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d13212&apos;&gt;API not running&lt;/span&gt; — &lt;a href=&apos;api&apos;&gt;choose another port&lt;/a&gt;</source>
        <translation>&lt;span style=&apos;color:#d13212&apos;&gt;API läuft nicht&lt;/span&gt; — &lt;a href=&apos;api&apos;&gt;anderen Port wählen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>API: %1 %2 → %3 (%4 ms)</source>
        <translation>API: %1 %2 → %3 (%4 ms)</translation>
    </message>
    <message>
        <source>Lambdesk cannot start</source>
        <translation>Lambdesk kann nicht starten</translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>Sandbox: off</source>
        <translation>Sandbox: aus</translation>
    </message>
    <message>
        <source>Sandbox: namespaces</source>
        <translation>Sandbox: Namespaces</translation>
    </message>
    <message>
        <source>API: starting…</source>
        <translation>API: wird gestartet…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Starting…&lt;/h3&gt;Reading the workspace; its functions appear here in a moment.</source>
        <translation>&lt;h3&gt;Wird gestartet…&lt;/h3&gt;Der Arbeitsbereich wird gelesen; seine Funktionen erscheinen gleich hier.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Getting ready…&lt;/h3&gt;Detecting this machine&apos;s runtimes (Python, Node.js); a new workspace gets its demo functions then.</source>
        <translation>&lt;h3&gt;Wird vorbereitet…&lt;/h3&gt;Die Laufzeiten dieses Rechners (Python, Node.js) werden erkannt; ein neuer Arbeitsbereich erhält dann seine Demo-Funktionen.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No function selected&lt;/h3&gt;Create one with &lt;b&gt;Create function&lt;/b&gt; (Ctrl+N).</source>
        <translation>&lt;h3&gt;Keine Funktion ausgewählt&lt;/h3&gt;Erstellen Sie eine mit &lt;b&gt;Funktion erstellen&lt;/b&gt; (Ctrl+N).</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;%1&lt;/h3&gt;&lt;span style=&apos;color:#d13212&apos;&gt;Cannot run: its function.json is broken&lt;/span&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;%1&lt;/h3&gt;&lt;span style=&apos;color:#d13212&apos;&gt;Kann nicht ausgeführt werden: function.json ist fehlerhaft&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;%1&lt;/h3&gt;&lt;span&gt;%2 · %3 MB · %4 s timeout%5&lt;/span&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;%1&lt;/h3&gt;&lt;span&gt;%2 · %3 MB · %4 s Zeitlimit%5&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Environments: %1 warm, %2 busy</source>
        <translation>Umgebungen: %1 warm, %2 beschäftigt</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Detecting this machine&apos;s runtimes…</source>
        <translation>Laufzeiten dieses Rechners werden erkannt…</translation>
    </message>
    <message>
        <source>Created %1 with a function URL (shown under its name; Configuration › Function URL to change it); its code is open in the Code tab</source>
        <translation>%1 mit einer Funktions-URL erstellt (unter dem Namen angezeigt; ändern unter Konfiguration › Funktions-URL); der Code ist auf der Registerkarte „Code“ geöffnet</translation>
    </message>
    <message>
        <source>Created %1; its code is open in the Code tab</source>
        <translation>%1 erstellt; der Code ist auf der Registerkarte „Code“ geöffnet</translation>
    </message>
    <message>
        <source>Unsaved configuration</source>
        <translation>Nicht gespeicherte Konfiguration</translation>
    </message>
    <message>
        <source>The configuration of %1 has edits that are not saved. Discard them?</source>
        <translation>Die Konfiguration von %1 enthält nicht gespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message numerus="yes">
        <source>%n invocation(s) running</source>
        <translation>
            <numerusform>%n Aufruf läuft</numerusform>
            <numerusform>%n Aufrufe laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Quit anyway and lose them?</source>
        <translation>%1 enthält nicht gespeicherte Änderungen. Trotzdem beenden und die Änderungen verlieren?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New function…</source>
        <translation>&amp;Neue Funktion…</translation>
    </message>
    <message>
        <source>Open &amp;SAM project…</source>
        <translation>&amp;SAM-Projekt öffnen…</translation>
    </message>
    <message numerus="yes">
        <source>SAM project imported: %n function(s)</source>
        <translation>
            <numerusform>SAM-Projekt importiert: %n Funktion</numerusform>
            <numerusform>SAM-Projekt importiert: %n Funktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export to AWS…</source>
        <translation>Nach AWS &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <source>&amp;Invoke</source>
        <translation>&amp;Aufrufen</translation>
    </message>
    <message>
        <source>%1 cannot run: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Delete function…</source>
        <translation>Funktion &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Lambda API (AWS CLI and SDKs)…</source>
        <translation>&amp;Lambda-API (AWS CLI und SDKs)…</translation>
    </message>
    <message>
        <source>&amp;Queues…</source>
        <translation>&amp;Warteschlangen…</translation>
    </message>
    <message>
        <source>&amp;Schedules…</source>
        <translation>&amp;Zeitpläne…</translation>
    </message>
    <message>
        <source>La&amp;yers…</source>
        <translation>&amp;Ebenen…</translation>
    </message>
    <message>
        <source>Install AWS SDK for &amp;JavaScript…</source>
        <translation>AWS SDK für &amp;JavaScript installieren…</translation>
    </message>
    <message>
        <source>The AWS SDK for JavaScript is being installed…</source>
        <translation>Das AWS SDK für JavaScript wird installiert…</translation>
    </message>
    <message>
        <source>AWS SDK for JavaScript</source>
        <translation>AWS SDK für JavaScript</translation>
    </message>
    <message>
        <source>Node.js environments started from now on can import it.</source>
        <translation>Node.js-Umgebungen, die ab jetzt starten, können es importieren.</translation>
    </message>
    <message>
        <source>Keep idle environments &amp;warm for</source>
        <translation>Inaktive Umgebungen warm &amp;halten für</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Account &amp;concurrency limit</source>
        <translation>&amp;Gleichzeitigkeitslimit des Kontos</translation>
    </message>
    <message>
        <source>%1 at once</source>
        <translation>%1 gleichzeitig</translation>
    </message>
    <message>
        <source>Account concurrency limit: %1 at once</source>
        <translation>Gleichzeitigkeitslimit des Kontos: %1 gleichzeitig</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Debug</source>
        <translation>D&amp;ebuggen</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Short lessons done in the console, each step checked as it happens (F1)</source>
        <translation>Kurze Lektionen in der Konsole, jeder Schritt wird geprüft, sobald er geschieht (F1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Lambdesk</source>
        <translation>Ü&amp;ber Lambdesk</translation>
    </message>
    <message>
        <source>About Lambdesk</source>
        <translation>Über Lambdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lambdesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for serverless functions: it runs them for real on this machine, with AWS Lambda&apos;s limits, logs and API.&lt;/p&gt;&lt;p&gt;Help › Lessons (F1) teaches serverless step by step in this console.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lambdesk %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole für Serverless-Funktionen: Sie führt sie wirklich auf diesem Rechner aus, mit den Limits, Protokollen und der API von AWS Lambda.&lt;/p&gt;&lt;p&gt;Hilfe › Lektionen (F1) bringt Ihnen Serverless Schritt für Schritt in dieser Konsole bei.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Debug &amp;test event</source>
        <translation>&amp;Testereignis debuggen</translation>
    </message>
    <message>
        <source>AWS Lambda &amp;Developer Guide</source>
        <translation>AWS-Lambda-&amp;Entwicklerhandbuch</translation>
    </message>
</context>
<context>
    <name>lambdesk::MemoryEdit</name>
    <message>
        <source>Memory (slider)</source>
        <translation>Arbeitsspeicher (Schieberegler)</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>128 MB to 10240 MB, in 1 MB steps</source>
        <translation>128 MB bis 10240 MB, in Schritten von 1 MB</translation>
    </message>
    <message>
        <source>≈ %1 vCPU</source>
        <translation>≈ %1 vCPU</translation>
    </message>
    <message>
        <source>&lt;p&gt;Lambda gives a function CPU power in proportion to its memory: one full vCPU at 1769 MB, a fraction below (128 MB ≈ 0.07 vCPU) and up to about 6 vCPUs at 10240 MB. More memory also makes CPU-bound code faster.&lt;/p&gt;&lt;p&gt;Lambdesk enforces this share with a CPU quota where cgroups allow it; without cgroups the function may use more CPU here than it would on AWS.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lambda gibt einer Funktion CPU-Leistung im Verhältnis zu ihrem Arbeitsspeicher: eine volle vCPU bei 1769 MB, einen Bruchteil darunter (128 MB ≈ 0,07 vCPU) und bis zu etwa 6 vCPUs bei 10240 MB. Mehr Arbeitsspeicher macht auch CPU-lastigen Code schneller.&lt;/p&gt;&lt;p&gt;Lambdesk setzt diesen Anteil mit einem CPU-Kontingent durch, wo cgroups es erlauben; ohne cgroups kann die Funktion hier mehr CPU nutzen als auf AWS.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;On this machine: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Auf diesem Rechner: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lambdesk::MetricChart</name>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Hover for the values, click for that minute&apos;s invocations</source>
        <translation>Mit der Maus darüberfahren für die Werte, klicken für die Aufrufe dieser Minute</translation>
    </message>
</context>
<context>
    <name>lambdesk::MonitorPage</name>
    <message>
        <source>Live: last 15 minutes</source>
        <translation>Live: letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation>Letzte 12 Stunden</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Live: per second, exact. Longer ranges: per minute (5 minutes past an hour); their percentiles come from histograms, within 2.2%</source>
        <translation>Live: pro Sekunde, exakt. Längere Zeiträume: pro Minute (ab einer Stunde: pro 5 Minuten); ihre Perzentile stammen aus Histogrammen, auf 2,2 % genau</translation>
    </message>
    <message>
        <source>All invocations, those a version ran, or those invoked through an alias</source>
        <translation>Alle Aufrufe, die von einer Version ausgeführten oder die über einen Alias aufgerufenen</translation>
    </message>
    <message>
        <source>All versions and aliases</source>
        <translation>Alle Versionen und Aliasse</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the range&apos;s figures, one row per point, as CSV</source>
        <translation>Die Werte des Zeitraums als CSV speichern, eine Zeile pro Punkt</translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Errors and success rate</source>
        <translation>Fehler und Erfolgsrate</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation>Erfolgsrate (%)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Throttles</source>
        <translation>Drosselungen</translation>
    </message>
    <message>
        <source>Concurrent executions</source>
        <translation>Gleichzeitige Ausführungen</translation>
    </message>
    <message>
        <source>Cold starts and Init Duration</source>
        <translation>Kaltstarts und Init Duration</translation>
    </message>
    <message>
        <source>Cold starts</source>
        <translation>Kaltstarts</translation>
    </message>
    <message>
        <source>Init Duration avg (ms)</source>
        <translation>Init Duration, Mittel (ms)</translation>
    </message>
    <message>
        <source>Max memory used</source>
        <translation>Max. verwendeter Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Max Memory Used</source>
        <translation>Max Memory Used</translation>
    </message>
    <message>
        <source>Memory size</source>
        <translation>Arbeitsspeichergröße</translation>
    </message>
    <message>
        <source>Async events</source>
        <translation>Asynchrone Ereignisse</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Show the newest</source>
        <translation>Die neuesten anzeigen</translation>
    </message>
    <message>
        <source>Double-click an invocation (or press Enter) to show its log lines</source>
        <translation>Doppelklicken Sie auf einen Aufruf (oder drücken Sie Enter), um seine Protokollzeilen anzuzeigen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>%1 · %2% success</source>
        <translation>%1 · %2% Erfolg</translation>
    </message>
    <message>
        <source>p50 %1 · p99 %2 · max %3</source>
        <translation>p50 %1 · p99 %2 · Max. %3</translation>
    </message>
    <message>
        <source>peak %1</source>
        <translation>Spitze %1</translation>
    </message>
    <message>
        <source>%1 · init avg %2</source>
        <translation>%1 · Init Mittel %2</translation>
    </message>
    <message>
        <source>peak %1 of %2 MB</source>
        <translation>Spitze %1 von %2 MB</translation>
    </message>
    <message>
        <source>%1 received · %2 retried · %3 dropped</source>
        <translation>%1 empfangen · %2 wiederholt · %3 verworfen</translation>
    </message>
    <message>
        <source>%1 invocations, %2 errors, %3 throttles, %4 cold starts between %5 and %6%7</source>
        <translation>%1 Aufrufe, %2 Fehler, %3 Drosselungen, %4 Kaltstarts zwischen %5 und %6%7</translation>
    </message>
    <message>
        <source> (per second, exact)</source>
        <translation> (pro Sekunde, exakt)</translation>
    </message>
    <message>
        <source> (per %1 min; percentiles within 2.2%)</source>
        <translation> (pro %1 Min.; Perzentile auf 2,2 % genau)</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invocations&lt;/b&gt;: none in this range</source>
        <translation>&lt;b&gt;Aufrufe&lt;/b&gt;: keine in diesem Zeitraum</translation>
    </message>
    <message>
        <source>&lt;b&gt;Newest invocations&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Neueste Aufrufe&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invocations started %1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;Aufrufe, gestartet %1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Alias %1</source>
        <translation>Alias %1</translation>
    </message>
    <message>
        <source>Export the metrics as CSV</source>
        <translation>Die Metriken als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>lambdesk::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>lambdesk::PathDialog</name>
    <message>
        <source>&lt;small&gt;Relative to the function&apos;s code folder; use / for sub-folders, e.g. &lt;code&gt;lib/helpers.py&lt;/code&gt;.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Relativ zum Code-Ordner der Funktion; verwenden Sie / für Unterordner, z. B. &lt;code&gt;lib/helpers.py&lt;/code&gt;.&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>lambdesk::PresenterBanner</name>
    <message>
        <source>%1: 429 TooManyRequestsException</source>
        <translation>%1: 429 TooManyRequestsException</translation>
    </message>
    <message>
        <source>%1: 202, queued</source>
        <translation>%1: 202, in der Warteschlange</translation>
    </message>
    <message>
        <source>%1: 204, DryRun</source>
        <translation>%1: 204, DryRun</translation>
    </message>
    <message>
        <source>%1: %2, %3 ms</source>
        <translation>%1: %2, %3 ms</translation>
    </message>
    <message>
        <source>%1: 200, %2 ms</source>
        <translation>%1: 200, %2 ms</translation>
    </message>
</context>
<context>
    <name>lambdesk::PresenterMode</name>
    <message>
        <source>Invoking %1…</source>
        <translation>%1 wird aufgerufen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Zoom the console for a projector, simplify the window and show the keys pressed (F11)</source>
        <translation>Die Konsole für einen Projektor vergrößern, das Fenster vereinfachen und gedrückte Tasten zeigen (F11)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Reset &amp;demo workspace…</source>
        <translation>&amp;Demo-Arbeitsbereich zurücksetzen…</translation>
    </message>
    <message>
        <source>Bring the demo functions (hello-python, hello-node) back to their first state</source>
        <translation>Die Demo-Funktionen (hello-python, hello-node) in ihren Anfangszustand zurückversetzen</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>The function shown (the function list is hidden in presenter mode)</source>
        <translation>Die angezeigte Funktion (die Funktionsliste ist im Präsentationsmodus ausgeblendet)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom: Ctrl+= larger, Ctrl+- smaller, Ctrl+0 back to the default</source>
        <translation>Zoom: Ctrl+= größer, Ctrl+- kleiner, Ctrl+0 zurück zum Standard</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Vergrößern (Ctrl+=)</translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation>Demo zurücksetzen</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Leave presenter mode (F11)</source>
        <translation>Präsentationsmodus beenden (F11)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The backend is still starting; try again in a moment.</source>
        <translation>Das Backend startet noch; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Their code (with edits not saved yet), configuration, environment variables and test events become their blueprint&apos;s again. Their versions, aliases, function URLs, asynchronous invocation settings, concurrency settings and breakpoints are deleted, and Event invocations of them still queued are dropped. An invocation running now ends as it would. Other functions, logs and metrics are not touched.</source>
        <translation>Ihr Code (mit noch nicht gespeicherten Änderungen), ihre Konfiguration, Umgebungsvariablen und Testereignisse werden wieder die ihres Blueprints. Ihre Versionen, Aliasse, Funktions-URLs, Einstellungen für asynchrone Aufrufe, Gleichzeitigkeitseinstellungen und Haltepunkte werden gelöscht, und noch wartende Event-Aufrufe von ihnen werden verworfen. Ein gerade laufender Aufruf endet wie sonst auch. Andere Funktionen, Protokolle und Metriken bleiben unberührt.</translation>
    </message>
    <message>
        <source>The debug session of %1 is stopped first.</source>
        <translation>Die Debug-Sitzung von %1 wird zuerst beendet.</translation>
    </message>
    <message>
        <source>Reset demo workspace</source>
        <translation>Demo-Arbeitsbereich zurücksetzen</translation>
    </message>
    <message>
        <source>Bring the demo functions (%1) back to their first state?</source>
        <translation>Die Demo-Funktionen (%1) in ihren Anfangszustand zurückversetzen?</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>lambdesk::ProvisionedForm</name>
    <message>
        <source>Remove provisioned concurrency</source>
        <translation>Bereitgestellte Gleichzeitigkeit entfernen</translation>
    </message>
    <message>
        <source>Environments of a version or alias initialised ahead of time: their invocations start warm (no Init Duration); beyond them, invocations start on demand.</source>
        <translation>Umgebungen einer Version oder eines Alias, die vorab initialisiert werden: Ihre Aufrufe starten warm (ohne Init Duration); darüber hinaus starten Aufrufe bei Bedarf.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Keep environments of a published version or an alias initialised</source>
        <translation>Umgebungen einer veröffentlichten Version oder eines Alias initialisiert halten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualifizierer</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>A published version or an alias ($LATEST cannot have provisioned concurrency)</source>
        <translation>Eine veröffentlichte Version oder ein Alias ($LATEST kann keine bereitgestellte Gleichzeitigkeit haben)</translation>
    </message>
    <message>
        <source>How many environments to keep initialised (ProvisionedConcurrentExecutions)</source>
        <translation>Wie viele Umgebungen initialisiert gehalten werden (ProvisionedConcurrentExecutions)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Provisioned concurrency</source>
        <translation>Bereitgestellte Gleichzeitigkeit</translation>
    </message>
    <message>
        <source>Last modified %1</source>
        <translation>Zuletzt geändert %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FAILED: %1</translation>
    </message>
    <message>
        <source>Publish a version first: $LATEST cannot have provisioned concurrency</source>
        <translation>Veröffentlichen Sie zuerst eine Version: $LATEST kann keine bereitgestellte Gleichzeitigkeit haben</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Alias %1</source>
        <translation>Alias %1</translation>
    </message>
    <message>
        <source>Choose a published version or an alias.</source>
        <translation>Wählen Sie eine veröffentlichte Version oder einen Alias.</translation>
    </message>
    <message numerus="yes">
        <source>Initialising %n environment(s) of %1…</source>
        <translation>
            <numerusform>%n Umgebung von %1 wird initialisiert…</numerusform>
            <numerusform>%n Umgebungen von %1 werden initialisiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the provisioned concurrency of %1:%2? Its environments stop; invocations start on demand again.</source>
        <translation>Die bereitgestellte Gleichzeitigkeit von %1:%2 entfernen? Ihre Umgebungen werden beendet; Aufrufe starten wieder bei Bedarf.</translation>
    </message>
    <message>
        <source>Removed the provisioned concurrency of %1.</source>
        <translation>Bereitgestellte Gleichzeitigkeit von %1 entfernt.</translation>
    </message>
</context>
<context>
    <name>lambdesk::QueuesPage</name>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Sichtbar</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>In Übertragung</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Verzögert</translation>
    </message>
    <message>
        <source>Visibility timeout</source>
        <translation>Sichtbarkeitszeitlimit</translation>
    </message>
    <message>
        <source>Dead-letter queue</source>
        <translation>Warteschlange für unzustellbare Nachrichten</translation>
    </message>
    <message>
        <source>Counts are live: visible messages wait for a consumer, in-flight ones were received and not deleted yet, delayed ones were sent with a delay</source>
        <translation>Die Zahlen sind live: Sichtbare Nachrichten warten auf einen Verbraucher, übertragene wurden empfangen und noch nicht gelöscht, verzögerte wurden mit einer Verzögerung gesendet</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Bereinigen</translation>
    </message>
    <message>
        <source>Delete every message of the queue</source>
        <translation>Alle Nachrichten der Warteschlange löschen</translation>
    </message>
    <message>
        <source>Redrive</source>
        <translation>Redrive</translation>
    </message>
    <message>
        <source>Move this dead-letter queue&apos;s messages back to the queues they came from</source>
        <translation>Die Nachrichten dieser Warteschlange für unzustellbare Nachrichten zurück in ihre Ursprungswarteschlangen verschieben</translation>
    </message>
    <message>
        <source>Create queue</source>
        <translation>Warteschlange erstellen</translation>
    </message>
    <message>
        <source>1–80 letters, digits, - and _</source>
        <translation>1–80 Buchstaben, Ziffern, - und _</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long a received message stays invisible before it returns (VisibilityTimeout)</source>
        <translation>Wie lange eine empfangene Nachricht unsichtbar bleibt, bevor sie zurückkehrt (VisibilityTimeout)</translation>
    </message>
    <message>
        <source>How long a message is kept (MessageRetentionPeriod; 4 days by default)</source>
        <translation>Wie lange eine Nachricht aufbewahrt wird (MessageRetentionPeriod; standardmäßig 4 Tage)</translation>
    </message>
    <message>
        <source>Where a message goes once it was received the maximum number of times (RedrivePolicy)</source>
        <translation>Wohin eine Nachricht geht, nachdem sie die maximale Anzahl von Malen empfangen wurde (RedrivePolicy)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Maximum receives</source>
        <translation>Maximale Empfänge</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Message body (text, up to 256 KB)</source>
        <translation>Nachrichtentext (Text, bis zu 256 KB)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Messages (peek: nothing is received)</source>
        <translation>Nachrichten (nur ansehen: nichts wird empfangen)</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Empfänge</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Triggers (event source mappings of this queue)</source>
        <translation>Trigger (Zuordnungen von Ereignisquellen dieser Warteschlange)</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>The function the queue&apos;s messages are delivered to</source>
        <translation>Die Funktion, an die die Nachrichten der Warteschlange zugestellt werden</translation>
    </message>
    <message>
        <source>batch </source>
        <translation>Batch </translation>
    </message>
    <message>
        <source>Report batch item failures</source>
        <translation>Fehler bei Batch-Elementen melden</translation>
    </message>
    <message>
        <source>Add trigger</source>
        <translation>Trigger hinzufügen</translation>
    </message>
    <message>
        <source>Enable / disable</source>
        <translation>Aktivieren / deaktivieren</translation>
    </message>
    <message>
        <source>Delete trigger</source>
        <translation>Trigger löschen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 after %2 receives</source>
        <translation>%1 nach %2 Empfängen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>sichtbar</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>in Übertragung</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>verzögert</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Sent message %1 to %2</source>
        <translation>Nachricht %1 an %2 gesendet</translation>
    </message>
    <message numerus="yes">
        <source>Purged %n message(s) from %1</source>
        <translation>
            <numerusform>%n Nachricht aus %1 gelöscht</numerusform>
            <numerusform>%n Nachrichten aus %1 gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n message(s) from %1 back to their queues</source>
        <translation>
            <numerusform>%n Nachricht aus %1 zurück in ihre Warteschlange verschoben</numerusform>
            <numerusform>%n Nachrichten aus %1 zurück in ihre Warteschlangen verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 now receives the messages of %2</source>
        <translation>%1 empfängt jetzt die Nachrichten von %2</translation>
    </message>
    <message>
        <source>Trigger enabled</source>
        <translation>Trigger aktiviert</translation>
    </message>
    <message>
        <source>Trigger disabled</source>
        <translation>Trigger deaktiviert</translation>
    </message>
    <message>
        <source>Trigger deleted</source>
        <translation>Trigger gelöscht</translation>
    </message>
</context>
<context>
    <name>lambdesk::ResultFeed</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>lambdesk::ResultPanel</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source> (alias %1)</source>
        <translation> (Alias %1)</translation>
    </message>
    <message>
        <source>not measured (no CPU quota)</source>
        <translation>nicht gemessen (kein CPU-Kontingent)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 in 1 period</source>
        <translation>%1 in 1 Periode</translation>
    </message>
    <message>
        <source>%1 in %2 periods</source>
        <translation>%1 in %2 Perioden</translation>
    </message>
    <message>
        <source>started by %1</source>
        <translation>gestartet von %1</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Show or hide the details (response, summary, log output)</source>
        <translation>Details ein- oder ausblenden (Antwort, Zusammenfassung, Protokollausgabe)</translation>
    </message>
    <message>
        <source>Earlier results of this function (kept across restarts)</source>
        <translation>Frühere Ergebnisse dieser Funktion (bleiben über Neustarts erhalten)</translation>
    </message>
    <message>
        <source>Show in log</source>
        <translation>Im Protokoll anzeigen</translation>
    </message>
    <message>
        <source>Show this request&apos;s lines in the log viewer</source>
        <translation>Die Zeilen dieser Anfrage in der Protokollanzeige anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the response</source>
        <translation>Die Antwort kopieren</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>Andere Quellen</translation>
    </message>
    <message>
        <source>Also show the invocations started outside the console: by the Lambda API (AWS CLI, SDKs), the lambdesk command and the Event queue. The history lists them either way.</source>
        <translation>Auch die außerhalb der Konsole gestarteten Aufrufe anzeigen: über die Lambda-API (AWS CLI, SDKs), den Befehl lambdesk und die Ereigniswarteschlange. Der Verlauf führt sie in jedem Fall auf.</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Log output</source>
        <translation>Protokollausgabe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Execution results&lt;/b&gt; — none yet. Press &lt;b&gt;Test&lt;/b&gt; (Ctrl+Enter) to run the function.</source>
        <translation>&lt;b&gt;Ausführungsergebnisse&lt;/b&gt; — noch keine. Klicken Sie auf &lt;b&gt;Testen&lt;/b&gt; (Ctrl+Enter), um die Funktion auszuführen.</translation>
    </message>
    <message>
        <source>1 invocation from other sources (the Lambda API, the CLI, the Event queue): tick &lt;b&gt;Other sources&lt;/b&gt; to see it.</source>
        <translation>1 Aufruf aus anderen Quellen (Lambda-API, CLI, Ereigniswarteschlange): Aktivieren Sie &lt;b&gt;Andere Quellen&lt;/b&gt;, um ihn zu sehen.</translation>
    </message>
    <message>
        <source>%1 invocations from other sources (the Lambda API, the CLI, the Event queue): tick &lt;b&gt;Other sources&lt;/b&gt; to see them.</source>
        <translation>%1 Aufrufe aus anderen Quellen (Lambda-API, CLI, Ereigniswarteschlange): Aktivieren Sie &lt;b&gt;Andere Quellen&lt;/b&gt;, um sie zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Executing %1…&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 wird ausgeführt…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not invoke:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Aufruf nicht möglich:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; request id %2</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; Anfrage-ID %2</translation>
    </message>
    <message>
        <source>Asynchronous invocation (Event): the function runs in the background; its lines appear in the log viewer.</source>
        <translation>Asynchroner Aufruf (Event): Die Funktion läuft im Hintergrund; ihre Zeilen erscheinen in der Protokollanzeige.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — the request is valid; the function was not run (DryRun)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — die Anfrage ist gültig; die Funktion wurde nicht ausgeführt (DryRun)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — no execution environment could take it (%2); nothing ran</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — keine Ausführungsumgebung konnte sie übernehmen (%2); nichts wurde ausgeführt</translation>
    </message>
    <message>
        <source>Duration %1 · Billed %2 ms · Max memory %3 of %4 MB</source>
        <translation>Duration %1 · Billed Duration %2 ms · Max Memory Used %3 von %4 MB</translation>
    </message>
    <message>
        <source> · CPU throttled %1</source>
        <translation> · CPU gedrosselt %1</translation>
    </message>
    <message>
        <source> · Init %1 (cold start)</source>
        <translation> · Init %1 (Kaltstart)</translation>
    </message>
    <message>
        <source>The function runs asynchronously. </source>
        <translation>Die Funktion läuft asynchron. </translation>
    </message>
    <message>
        <source>Nothing ran, so nothing was logged.</source>
        <translation>Nichts wurde ausgeführt, daher wurde nichts protokolliert.</translation>
    </message>
    <message>
        <source>The last %1 of %2 lines. </source>
        <translation>Die letzten %1 von %2 Zeilen. </translation>
    </message>
    <message>
        <source>The logging calls of your code and the runtime&apos;s START, END and REPORT lines. </source>
        <translation>Die Protokollaufrufe Ihres Codes und die Zeilen START, END und REPORT der Laufzeit. </translation>
    </message>
    <message>
        <source>&lt;a href=&apos;log:&apos;&gt;Show this request in the log viewer&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;log:&apos;&gt;Diese Anfrage in der Protokollanzeige anzeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Log output (%1)</source>
        <translation>Protokollausgabe (%1)</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Function version</source>
        <translation>Funktionsversion</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Gestartet von</translation>
    </message>
    <message>
        <source>Invocation type</source>
        <translation>Aufruftyp</translation>
    </message>
    <message>
        <source>Event (asynchronous)</source>
        <translation>Event (asynchron)</translation>
    </message>
    <message>
        <source>DryRun</source>
        <translation>DryRun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Billed duration</source>
        <translation>Billed Duration</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Resources configured</source>
        <translation>Konfigurierte Ressourcen</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Max memory used</source>
        <translation>Max Memory Used</translation>
    </message>
    <message>
        <source>CPU throttled</source>
        <translation>CPU gedrosselt</translation>
    </message>
    <message>
        <source>Init duration</source>
        <translation>Init Duration</translation>
    </message>
    <message>
        <source>— (warm start)</source>
        <translation>— (Warmstart)</translation>
    </message>
    <message>
        <source>Log stream</source>
        <translation>Protokollstream</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Neueste: %1</translation>
    </message>
    <message>
        <source>Other sources (%1 new)</source>
        <translation>Andere Quellen (%1 neu)</translation>
    </message>
</context>
<context>
    <name>lambdesk::RoutingBar</name>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1: 100 %</source>
        <translation>%1: 100 %</translation>
    </message>
    <message>
        <source>%1: %2 % · %3: %4 %</source>
        <translation>%1: %2 % · %3: %4 %</translation>
    </message>
</context>
<context>
    <name>lambdesk::SamExportDialog</name>
    <message>
        <source>Export to AWS</source>
        <translation>Nach AWS exportieren</translation>
    </message>
    <message>
        <source>All functions</source>
        <translation>Alle Funktionen</translation>
    </message>
    <message>
        <source>An empty folder</source>
        <translation>Ein leerer Ordner</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Replace files in a folder that is not empty</source>
        <translation>Dateien in einem nicht leeren Ordner ersetzen</translation>
    </message>
    <message>
        <source>Only the deployment packages (.zip), no SAM template</source>
        <translation>Nur die Bereitstellungspakete (.zip), keine SAM-Vorlage</translation>
    </message>
    <message>
        <source>arn:aws:iam::ACCOUNT:role/NAME (optional: for the printed commands)</source>
        <translation>arn:aws:iam::ACCOUNT:role/NAME (optional: für die ausgegebenen Befehle)</translation>
    </message>
    <message>
        <source>The files written and the commands to deploy them appear here.</source>
        <translation>Die geschriebenen Dateien und die Befehle zum Bereitstellen erscheinen hier.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Functions:</source>
        <translation>Funktionen:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Role ARN:</source>
        <translation>Rollen-ARN:</translation>
    </message>
    <message>
        <source>Reading the functions…</source>
        <translation>Funktionen werden gelesen…</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Written to %1:
</source>
        <translation>Geschrieben nach %1:
</translation>
    </message>
    <message>
        <source>
Notes:
</source>
        <translation>
Hinweise:
</translation>
    </message>
    <message>
        <source>
To deploy (replace &lt;your-role-arn&gt; with an IAM role Lambda can assume):
</source>
        <translation>
Zum Bereitstellen (ersetzen Sie &lt;your-role-arn&gt; durch eine IAM-Rolle, die Lambda übernehmen kann):
</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>%n Datei exportiert.</numerusform>
            <numerusform>%n Dateien exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lambdesk::SamImportDialog</name>
    <message>
        <source>Open SAM project</source>
        <translation>SAM-Projekt öffnen</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>the project&apos;s template.yaml</source>
        <translation>die template.yaml des Projekts</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Parameters (double-click a value to change it):</source>
        <translation>Parameter (Doppelklick auf einen Wert, um ihn zu ändern):</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Function / event</source>
        <translation>Funktion / Ereignis</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>SAM templates (*.yaml *.yml);;All files (*)</source>
        <translation>SAM-Vorlagen (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Inline code (imported as a copy)</source>
        <translation>Inline-Code (als Kopie importiert)</translation>
    </message>
    <message>
        <source>Runs from %1</source>
        <translation>Läuft aus %1</translation>
    </message>
    <message>
        <source>Function URL (%1)</source>
        <translation>Funktions-URL (%1)</translation>
    </message>
    <message>
        <source>Alias %1 on a new version</source>
        <translation>Alias %1 auf einer neuen Version</translation>
    </message>
    <message>
        <source>URL route %1 %2 (%3)</source>
        <translation>URL-Route %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Schedule %1%2</source>
        <translation>Zeitplan %1%2</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (deaktiviert)</translation>
    </message>
    <message>
        <source>Queue %1 (batch %2)</source>
        <translation>Warteschlange %1 (Batch %2)</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>veröffentlichen</translation>
    </message>
    <message>
        <source>Not imported (%1)</source>
        <translation>Nicht importiert (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n function(s) to import.</source>
        <translation>
            <numerusform>%n Funktion zum Importieren.</numerusform>
            <numerusform>%n Funktionen zum Importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
</context>
<context>
    <name>lambdesk::SavedEventCombo</name>
    <message>
        <source>Shareable: every function of this workspace can use it</source>
        <translation>Freigebbar: Jede Funktion dieses Arbeitsbereichs kann es verwenden</translation>
    </message>
    <message>
        <source>Private to this function</source>
        <translation>Privat für diese Funktion</translation>
    </message>
    <message>
        <source>Private events (%1 of %2)</source>
        <translation>Private Ereignisse (%1 von %2)</translation>
    </message>
    <message>
        <source>Shareable events (%1)</source>
        <translation>Freigebbare Ereignisse (%1)</translation>
    </message>
</context>
<context>
    <name>lambdesk::ScheduleDialog</name>
    <message>
        <source>Create schedule</source>
        <translation>Zeitplan erstellen</translation>
    </message>
    <message>
        <source>Edit schedule %1</source>
        <translation>Zeitplan %1 bearbeiten</translation>
    </message>
    <message>
        <source>nightly-report</source>
        <translation>nightly-report</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, periods, hyphens or underscores (EventBridge&apos;s rule names)</source>
        <translation>1 bis 64 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche (Regelnamen von EventBridge)</translation>
    </message>
    <message>
        <source>The function to run: NAME, or NAME:QUALIFIER for a version or an alias</source>
        <translation>Die auszuführende Funktion: NAME oder NAME:QUALIFIZIERER für eine Version oder einen Alias</translation>
    </message>
    <message>
        <source>rate(5 minutes), rate(1 hour), rate(7 days), or cron(Minutes Hours Day-of-month Month Day-of-week Year) in UTC, e.g. cron(0 12 * * ? *) or cron(0 8 ? * MON-FRI *)</source>
        <translation>rate(5 minutes), rate(1 hour), rate(7 days) oder cron(Minuten Stunden Monatstag Monat Wochentag Jahr) in UTC, z. B. cron(0 12 * * ? *) oder cron(0 8 ? * MON-FRI *)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Empty: the function gets EventBridge&apos;s Scheduled Event</source>
        <translation>Leer: Die Funktion erhält das Scheduled Event von EventBridge</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Next runs</source>
        <translation>Nächste Ausführungen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Input (JSON)</source>
        <translation>Eingabe (JSON)</translation>
    </message>
    <message>
        <source>none (its years are over)</source>
        <translation>keine (seine Jahre sind vorbei)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>lambdesk::SchedulesPage</name>
    <message>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <source>Delete schedule</source>
        <translation>Zeitplan löschen</translation>
    </message>
    <message>
        <source>Create schedule</source>
        <translation>Zeitplan erstellen</translation>
    </message>
    <message>
        <source>Run a function on a rate or cron schedule, as an EventBridge rule does</source>
        <translation>Eine Funktion nach einem rate- oder cron-Zeitplan ausführen, wie es eine EventBridge-Regel tut</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Schedules&lt;/b&gt; — run a function at times given by &lt;i&gt;rate(5 minutes)&lt;/i&gt; or &lt;i&gt;cron(0 12 * * ? *)&lt;/i&gt; (UTC); it gets EventBridge&apos;s Scheduled Event</source>
        <translation>&lt;b&gt;Zeitpläne&lt;/b&gt; — eine Funktion zu Zeiten ausführen, die &lt;i&gt;rate(5 minutes)&lt;/i&gt; oder &lt;i&gt;cron(0 12 * * ? *)&lt;/i&gt; (UTC) angibt; sie erhält das Scheduled Event von EventBridge</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächste Ausführung</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <source>Gets the Scheduled Event</source>
        <translation>Erhält das Scheduled Event</translation>
    </message>
    <message>
        <source>Gets this input: %1</source>
        <translation>Erhält diese Eingabe: %1</translation>
    </message>
    <message>
        <source>%1 — broken: %2</source>
        <translation>%1 — fehlerhaft: %2</translation>
    </message>
    <message>
        <source>Enabled: click to disable</source>
        <translation>Aktiviert: zum Deaktivieren klicken</translation>
    </message>
    <message>
        <source>Disabled: click to enable</source>
        <translation>Deaktiviert: zum Aktivieren klicken</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Next runs:
%1</source>
        <translation>Nächste Ausführungen:
%1</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Delete schedule %1? Its function stays; it will no longer be run on this schedule.</source>
        <translation>Zeitplan %1 löschen? Die Funktion bleibt erhalten; sie wird nur nicht mehr nach diesem Zeitplan ausgeführt.</translation>
    </message>
</context>
<context>
    <name>lambdesk::TemplatePicker</name>
    <message>
        <source>Search templates (service, event, id)</source>
        <translation>Vorlagen suchen (Service, Ereignis, ID)</translation>
    </message>
    <message>
        <source>%1 templates, written from the services&apos; public event formats</source>
        <translation>%1 Vorlagen, erstellt nach den öffentlichen Ereignisformaten der Services</translation>
    </message>
    <message>
        <source>Start the event from an example of an AWS service&apos;s event</source>
        <translation>Das Ereignis mit einem Beispiel für das Ereignis eines AWS-Service beginnen</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Vorlage auswählen…</translation>
    </message>
</context>
<context>
    <name>lambdesk::TestPage</name>
    <message>
        <source>Test event</source>
        <translation>Testereignis</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this saved event</source>
        <translation>Dieses gespeicherte Ereignis löschen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the event under its name</source>
        <translation>Das Ereignis unter seinem Namen speichern</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Invoke the function with this event (Ctrl+Enter)</source>
        <translation>Die Funktion mit diesem Ereignis aufrufen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Run load…</source>
        <translation>Lasttest…</translation>
    </message>
    <message>
        <source>Invoke the function many times at once with this event: concurrency, throttles and durations, live</source>
        <translation>Die Funktion mit diesem Ereignis viele Male gleichzeitig aufrufen: Gleichzeitigkeit, Drosselungen und Dauern, live</translation>
    </message>
    <message>
        <source>The new event has unsaved changes.</source>
        <translation>Das neue Ereignis enthält nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>The test event “%1” has unsaved changes.</source>
        <translation>Das Testereignis „%1“ enthält nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Save them before switching?</source>
        <translation>Vor dem Wechseln speichern?</translation>
    </message>
    <message>
        <source>Replace the edited event JSON with the template “%1”?</source>
        <translation>Das bearbeitete Ereignis-JSON durch die Vorlage „%1“ ersetzen?</translation>
    </message>
    <message>
        <source>The event JSON is not valid, so it cannot be saved. %1</source>
        <translation>Das Ereignis-JSON ist ungültig und kann daher nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <source>A shareable event named “%1” already exists; choose another name, or edit that event.</source>
        <translation>Ein freigebbares Ereignis namens „%1“ existiert bereits; wählen Sie einen anderen Namen oder bearbeiten Sie jenes Ereignis.</translation>
    </message>
    <message>
        <source>This function already has a private event named “%1”; choose another name, or edit that event.</source>
        <translation>Diese Funktion hat bereits ein privates Ereignis namens „%1“; wählen Sie einen anderen Namen oder bearbeiten Sie jenes Ereignis.</translation>
    </message>
    <message>
        <source>Saved test event %1</source>
        <translation>Testereignis %1 gespeichert</translation>
    </message>
    <message>
        <source>Saved test event %1 (was %2)</source>
        <translation>Testereignis %1 gespeichert (vorher %2)</translation>
    </message>
    <message>
        <source>Delete the shareable test event “%1”? Every function loses it; this cannot be undone.</source>
        <translation>Das freigebbare Testereignis „%1“ löschen? Alle Funktionen verlieren es; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete the private test event “%1”? This cannot be undone.</source>
        <translation>Das private Testereignis „%1“ löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleted test event %1</source>
        <translation>Testereignis %1 gelöscht</translation>
    </message>
    <message>
        <source>Cannot invoke: the event is not valid JSON.</source>
        <translation>Aufruf nicht möglich: Das Ereignis ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The event is not valid JSON: %1</source>
        <translation>Das Ereignis ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Cannot debug: the event is not valid JSON.</source>
        <translation>Debuggen nicht möglich: Das Ereignis ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>Fix the event JSON to save it</source>
        <translation>Korrigieren Sie das Ereignis-JSON, um es zu speichern</translation>
    </message>
    <message>
        <source>Give the event a name to save it</source>
        <translation>Geben Sie dem Ereignis einen Namen, um es zu speichern</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test event&lt;/b&gt; — %1%2</source>
        <translation>&lt;b&gt;Testereignis&lt;/b&gt; — %1%2</translation>
    </message>
    <message>
        <source> &lt;i&gt;(unsaved changes)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(nicht gespeicherte Änderungen)&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>lambdesk::TimeoutEdit</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Timeout minutes</source>
        <translation>Zeitlimit Minuten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout seconds</source>
        <translation>Zeitlimit Sekunden</translation>
    </message>
    <message>
        <source>From 1 second to 15 minutes. Lambda stops the invocation at this deadline (&quot;Task timed out after 3.00 seconds&quot;) and resets the environment.</source>
        <translation>Von 1 Sekunde bis 15 Minuten. Lambda stoppt den Aufruf bei Ablauf dieser Frist (&quot;Task timed out after 3.00 seconds&quot;) und setzt die Umgebung zurück.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>lambdesk::TrafficShift</name>
    <message>
        <source>Canary: 10 %, then all</source>
        <translation>Canary: 10 %, dann alle</translation>
    </message>
    <message>
        <source>Linear: +10 % per step</source>
        <translation>Linear: +10 % pro Schritt</translation>
    </message>
    <message>
        <source>All at once</source>
        <translation>Alle auf einmal</translation>
    </message>
    <message>
        <source>Shifting %1 from version %2 to %3</source>
        <translation>%1 wird von Version %2 auf %3 verschoben</translation>
    </message>
    <message>
        <source>Done: %1 runs version %2</source>
        <translation>Fertig: %1 führt Version %2 aus</translation>
    </message>
    <message>
        <source>Stopped at %1 % on version %2</source>
        <translation>Bei %1 % auf Version %2 gestoppt</translation>
    </message>
    <message>
        <source>Rolled back: %1 runs version %2</source>
        <translation>Zurückgesetzt: %1 führt Version %2 aus</translation>
    </message>
    <message>
        <source>Rolled back: %1</source>
        <translation>Zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>%1 of %2 invocations of version %3 failed (more than %4 %)</source>
        <translation>%1 von %2 Aufrufen von Version %3 fehlgeschlagen (mehr als %4 %)</translation>
    </message>
</context>
<context>
    <name>lambdesk::VariablesModel</name>
    <message>
        <source>(not available)</source>
        <translation>(nicht verfügbar)</translation>
    </message>
    <message>
        <source>%1: folded, read when expanded</source>
        <translation>%1: eingeklappt, wird beim Aufklappen gelesen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>lambdesk::VersionsPage</name>
    <message>
        <source>Configuration (function.json)</source>
        <translation>Konfiguration (function.json)</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Version löschen</translation>
    </message>
    <message>
        <source>Description of the new version (optional)</source>
        <translation>Beschreibung der neuen Version (optional)</translation>
    </message>
    <message>
        <source>Publish new version</source>
        <translation>Neue Version veröffentlichen</translation>
    </message>
    <message>
        <source>Record $LATEST&apos;s code and configuration as an immutable version (a git commit and tag in the function&apos;s folder)</source>
        <translation>Code und Konfiguration von $LATEST als unveränderliche Version festhalten (ein Git-Commit und -Tag im Ordner der Funktion)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected version and its snapshot</source>
        <translation>Die ausgewählte Version und ihren Snapshot löschen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>CodeSha256</source>
        <translation>CodeSha256</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>The version to show</source>
        <translation>Die anzuzeigende Version</translation>
    </message>
    <message>
        <source>Another version or $LATEST to compare it with, side by side</source>
        <translation>Eine andere Version oder $LATEST zum Vergleich nebeneinander</translation>
    </message>
    <message>
        <source>A file of the code, or the configuration</source>
        <translation>Eine Datei des Codes oder die Konfiguration</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>No version yet: publish one to freeze $LATEST&apos;s code and configuration.</source>
        <translation>Noch keine Version: Veröffentlichen Sie eine, um Code und Konfiguration von $LATEST festzuschreiben.</translation>
    </message>
    <message>
        <source>— (nothing)</source>
        <translation>— (nichts)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 · %2 (read-only)</source>
        <translation>%1 · %2 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 (not in it)</source>
        <translation>%1 · %2 (nicht enthalten)</translation>
    </message>
    <message>
        <source>Publishing a version of %1…</source>
        <translation>Eine Version von %1 wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Published version %1 of %2.</source>
        <translation>Version %1 von %2 veröffentlicht.</translation>
    </message>
    <message>
        <source>Nothing changed since version %1, so no new version was made (as on AWS).</source>
        <translation>Seit Version %1 hat sich nichts geändert, daher wurde keine neue Version erstellt (wie bei AWS).</translation>
    </message>
    <message>
        <source>Publish failed: %1</source>
        <translation>Veröffentlichen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Delete version %1 of %2 and its snapshot? The commit stays in the function&apos;s git history.</source>
        <translation>Version %1 von %2 und ihren Snapshot löschen? Der Commit bleibt im Git-Verlauf der Funktion.</translation>
    </message>
    <message>
        <source>Deleted version %1.</source>
        <translation>Version %1 gelöscht.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Show %1 compared with %2</source>
        <translation>%1 anzeigen, verglichen mit %2</translation>
    </message>
</context>
<context>
    <name>lambdesk::WizardTexts</name>
    <message>
        <source>&lt;p&gt;You get &lt;b&gt;lambda_function.py&lt;/b&gt; with a &lt;tt&gt;lambda_handler(event, context)&lt;/tt&gt; that returns &lt;tt&gt;{&quot;statusCode&quot;: 200, &quot;body&quot;: &quot;Hello from Lambda!&quot;}&lt;/tt&gt;; the handler setting is &lt;tt&gt;lambda_function.lambda_handler&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sie erhalten &lt;b&gt;lambda_function.py&lt;/b&gt; mit einem &lt;tt&gt;lambda_handler(event, context)&lt;/tt&gt;, der &lt;tt&gt;{&quot;statusCode&quot;: 200, &quot;body&quot;: &quot;Hello from Lambda!&quot;}&lt;/tt&gt; zurückgibt; die Handler-Einstellung ist &lt;tt&gt;lambda_function.lambda_handler&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;You get &lt;b&gt;index.mjs&lt;/b&gt; exporting an async &lt;tt&gt;handler(event)&lt;/tt&gt; that returns &lt;tt&gt;{statusCode: 200, body: &quot;Hello from Lambda!&quot;}&lt;/tt&gt;; the handler setting is &lt;tt&gt;index.handler&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sie erhalten &lt;b&gt;index.mjs&lt;/b&gt;, das einen asynchronen &lt;tt&gt;handler(event)&lt;/tt&gt; exportiert, der &lt;tt&gt;{statusCode: 200, body: &quot;Hello from Lambda!&quot;}&lt;/tt&gt; zurückgibt; die Handler-Einstellung ist &lt;tt&gt;index.handler&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;You get a &lt;b&gt;bootstrap&lt;/b&gt; shell script that talks to the Runtime API itself (fetch the next event, run the handler, post the response) and &lt;b&gt;function.sh&lt;/b&gt; with the handler; the handler setting is &lt;tt&gt;function.handler&lt;/tt&gt;. This is how custom runtimes work on AWS; the script uses curl.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sie erhalten ein &lt;b&gt;bootstrap&lt;/b&gt;-Shell-Skript, das selbst mit der Runtime API spricht (nächstes Ereignis abrufen, Handler ausführen, Antwort senden), und &lt;b&gt;function.sh&lt;/b&gt; mit dem Handler; die Handler-Einstellung ist &lt;tt&gt;function.handler&lt;/tt&gt;. So funktionieren benutzerdefinierte Laufzeiten auf AWS; das Skript verwendet curl.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a runtime.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Laufzeit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Next steps&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;The new function opens in the &lt;b&gt;Code&lt;/b&gt; tab: edit the handler and save with Ctrl+S.&lt;/li&gt;&lt;li&gt;In the &lt;b&gt;Test&lt;/b&gt; tab, create a test event (templates of AWS events help); a blank function comes without one.&lt;/li&gt;&lt;li&gt;Invoke with Ctrl+Enter and read the response, the log and the REPORT line.&lt;/li&gt;&lt;li&gt;Change memory, timeout and environment variables in the &lt;b&gt;Configuration&lt;/b&gt; tab.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Prefer a worked example? Choose &lt;b&gt;Use a blueprint&lt;/b&gt;: each comes with test events.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nächste Schritte&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Die neue Funktion öffnet sich auf der Registerkarte &lt;b&gt;Code&lt;/b&gt;: Bearbeiten Sie den Handler und speichern Sie mit Ctrl+S.&lt;/li&gt;&lt;li&gt;Erstellen Sie auf der Registerkarte &lt;b&gt;Testen&lt;/b&gt; ein Testereignis (Vorlagen für AWS-Ereignisse helfen dabei); eine leere Funktion bringt keines mit.&lt;/li&gt;&lt;li&gt;Rufen Sie sie mit Ctrl+Enter auf und lesen Sie die Antwort, das Protokoll und die REPORT-Zeile.&lt;/li&gt;&lt;li&gt;Ändern Sie Arbeitsspeicher, Zeitlimit und Umgebungsvariablen auf der Registerkarte &lt;b&gt;Konfiguration&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Lieber ein ausgearbeitetes Beispiel? Wählen Sie &lt;b&gt;Vorlage verwenden&lt;/b&gt;: Jede bringt Testereignisse mit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Languages:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sprachen:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Test events included:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Enthaltene Testereignisse:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Environment variables:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Umgebungsvariablen:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Settings:&lt;/b&gt; %1 MB memory, %2 timeout, handler &lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Einstellungen:&lt;/b&gt; %1 MB Arbeitsspeicher, %2 Zeitlimit, Handler &lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Blueprints come in Python and Node.js. With a custom runtime, choose &lt;b&gt;Author from scratch&lt;/b&gt;, or pick a Python or Node.js runtime above.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vorlagen gibt es für Python und Node.js. Wählen Sie bei einer benutzerdefinierten Laufzeit &lt;b&gt;Von Grund auf neu erstellen&lt;/b&gt; oder oben eine Python- oder Node.js-Laufzeit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a blueprint on the left to see what it teaches and which test events come with it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie links eine Vorlage, um zu sehen, was sie vermittelt und welche Testereignisse dazugehören.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lambdesk::demo</name>
    <message>
        <source>The blueprint %1 of %2 is missing</source>
        <translation>Der Blueprint %1 von %2 fehlt</translation>
    </message>
    <message>
        <source>%1 needs %2, which is not installed on this machine</source>
        <translation>%1 braucht %2, das auf diesem Rechner nicht installiert ist</translation>
    </message>
    <message>
        <source>Demo: a Python hello world. Press Test (Ctrl+Enter).</source>
        <translation>Demo: ein Hello-World-Beispiel in Python. Klicken Sie auf „Testen“ (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Demo: a Node.js hello world. Press Test (Ctrl+Enter).</source>
        <translation>Demo: ein Hello-World-Beispiel in Node.js. Klicken Sie auf „Testen“ (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>The backend is not started</source>
        <translation>Das Backend ist nicht gestartet</translation>
    </message>
    <message>
        <source>%1 was left as it is: %2</source>
        <translation>%1 blieb, wie es war: %2</translation>
    </message>
    <message>
        <source>%1 could not be created again: %2</source>
        <translation>%1 konnte nicht neu erstellt werden: %2</translation>
    </message>
    <message>
        <source>Demo functions restored to their first state: %1.</source>
        <translation>Demo-Funktionen in ihren Anfangszustand zurückversetzt: %1.</translation>
    </message>
</context>
<context>
    <name>lambdesk::i18n</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>&amp;Systemvorgabe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The console will be in %1 from its next start.</source>
        <translation>Die Konsole erscheint ab dem nächsten Start auf %1.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>CPU quota</source>
        <translation>CPU-Kontingent</translation>
    </message>
    <message>
        <source>pids</source>
        <translation>PIDs</translation>
    </message>
    <message>
        <source>Limits: %1 (%2)</source>
        <translation>Grenzen: %1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> — chosen by LAMBDESK_LIMITS</source>
        <translation> — gewählt durch LAMBDESK_LIMITS</translation>
    </message>
    <message>
        <source> — cgroups are not writable here</source>
        <translation> — cgroups sind hier nicht beschreibbar</translation>
    </message>
    <message>
        <source>Limits: watchdog (memory sampled every 20 ms, no CPU quota)</source>
        <translation>Grenzen: Watchdog (Arbeitsspeicher alle 20 ms gemessen, kein CPU-Kontingent)</translation>
    </message>
</context>
<context>
    <name>learn</name>
    <message>
        <source>The lesson names no function</source>
        <translation>Die Lektion nennt keine Funktion</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>Lektion: %1</translation>
    </message>
    <message>
        <source>The lesson &quot;%1&quot; needs Python or Node.js, and neither is installed</source>
        <translation>Die Lektion „%1“ braucht Python oder Node.js, und keines von beiden ist installiert</translation>
    </message>
</context>
<context>
    <name>lesson:async</name>
    <message>
        <source>Asynchronous invocation and retries</source>
        <translation>Asynchroner Aufruf und Wiederholungen</translation>
    </message>
    <message>
        <source>Invoke without waiting, and see Lambda retry an event that fails.</source>
        <translation>Aufrufen, ohne zu warten, und sehen, wie Lambda ein fehlschlagendes Ereignis wiederholt.</translation>
    </message>
    <message>
        <source>An asynchronous (Event) invocation returns at once with HTTP 202: Lambda puts the event in
a queue and runs the function later. Event sources such as S3 and SNS invoke this way.</source>
        <translation>Ein asynchroner (Event-)Aufruf kehrt sofort mit HTTP 202 zurück: Lambda stellt das Ereignis in
eine Warteschlange und führt die Funktion später aus. Ereignisquellen wie S3 und SNS rufen so auf.</translation>
    </message>
    <message>
        <source>Invoke asynchronously</source>
        <translation>Asynchron aufrufen</translation>
    </message>
    <message>
        <source>Choose the invocation type &quot;Asynchronous (Event)&quot; and invoke the &quot;ok&quot; event. The caller
only learns that the event was accepted; the result shows up in the log.</source>
        <translation>Wählen Sie den Aufruftyp „Asynchron (Event)“ und rufen Sie das Ereignis &quot;ok&quot; auf. Der Aufrufer
erfährt nur, dass das Ereignis angenommen wurde; das Ergebnis erscheint im Protokoll.</translation>
    </message>
    <message>
        <source>A failing event</source>
        <translation>Ein fehlschlagendes Ereignis</translation>
    </message>
    <message>
        <source>Invoke &quot;bad-input&quot; asynchronously. The handler fails, and no caller is waiting for the error.</source>
        <translation>Rufen Sie &quot;bad-input&quot; asynchron auf. Der Handler schlägt fehl, und kein Aufrufer wartet auf den Fehler.</translation>
    </message>
    <message>
        <source>The retry</source>
        <translation>Die Wiederholung</translation>
    </message>
    <message>
        <source>Wait for the retry: Lambda runs a failed event twice more, one minute and then two
minutes later, under the same request id. Handlers of events should be safe to run twice.</source>
        <translation>Warten Sie auf die Wiederholung: Lambda führt ein fehlgeschlagenes Ereignis noch zweimal aus, nach einer Minute und dann nach zwei
weiteren Minuten, mit derselben Anfrage-ID. Handler von Ereignissen sollten zweimal laufen dürfen, ohne Schaden anzurichten.</translation>
    </message>
    <message>
        <source>Limit the retries</source>
        <translation>Die Wiederholungen begrenzen</translation>
    </message>
    <message>
        <source>Set Retry attempts to 0 in the asynchronous invocation settings (MaximumRetryAttempts). With
an on-failure destination or a dead-letter queue, failed events are kept to look at instead.</source>
        <translation>Setzen Sie **Wiederholungsversuche** in den Einstellungen für asynchrone Aufrufe auf 0 (MaximumRetryAttempts).
Mit einem Ziel „Bei Fehler“ oder einer Warteschlange für unzustellbare Nachrichten bleiben fehlgeschlagene Ereignisse stattdessen zum Ansehen erhalten.</translation>
    </message>
</context>
<context>
    <name>lesson:cold-start</name>
    <message>
        <source>Cold start and warm reuse</source>
        <translation>Kaltstart und warme Wiederverwendung</translation>
    </message>
    <message>
        <source>See Init Duration on a cold start, and none when a warm environment is reused.</source>
        <translation>Init Duration bei einem Kaltstart sehen – und keine, wenn eine warme Umgebung wiederverwendet wird.</translation>
    </message>
    <message>
        <source>Lambda runs your code in an **execution environment**. Starting one (a cold start) runs
your module&apos;s top-level code once; later invocations may reuse it while it is warm.</source>
        <translation>Lambda führt Ihren Code in einer **Ausführungsumgebung** aus. Beim Start einer Umgebung (einem Kaltstart) läuft
der Code auf oberster Ebene Ihres Moduls einmal; spätere Aufrufe können sie wiederverwenden, solange sie warm ist.</translation>
    </message>
    <message>
        <source>A cold start</source>
        <translation>Ein Kaltstart</translation>
    </message>
    <message>
        <source>Invoke the function. No environment existed yet, so Lambda started one: the REPORT line
shows Init Duration, the time the runtime and your top-level code took before the handler.</source>
        <translation>Rufen Sie die Funktion auf. Es gab noch keine Umgebung, also hat Lambda eine gestartet: Die REPORT-Zeile
zeigt Init Duration, die Zeit, die die Laufzeit und Ihr Code auf oberster Ebene vor dem Handler gebraucht haben.</translation>
    </message>
    <message>
        <source>Warm reuse</source>
        <translation>Warme Wiederverwendung</translation>
    </message>
    <message>
        <source>Invoke again. Lambda reused the warm environment, so there is no Init Duration this time
and the invocation is faster: only the handler ran.</source>
        <translation>Rufen Sie erneut auf. Lambda hat die warme Umgebung wiederverwendet, daher gibt es diesmal keine Init Duration,
und der Aufruf ist schneller: Nur der Handler lief.</translation>
    </message>
    <message>
        <source>Change the configuration</source>
        <translation>Die Konfiguration ändern</translation>
    </message>
    <message>
        <source>Change the memory size (or any setting). Environments run with the configuration they
started with, so Lambda stops using the old ones.</source>
        <translation>Ändern Sie die Arbeitsspeichergröße (oder eine andere Einstellung). Umgebungen laufen mit der Konfiguration, mit der sie
gestartet wurden, daher verwendet Lambda die alten nicht mehr.</translation>
    </message>
    <message>
        <source>Cold again</source>
        <translation>Wieder kalt</translation>
    </message>
    <message>
        <source>Invoke once more: Init Duration is back. Deployments and configuration changes cause cold
starts, and so does a burst of traffic that needs more environments at once.</source>
        <translation>Rufen Sie noch einmal auf: Init Duration ist wieder da. Bereitstellungen und Konfigurationsänderungen verursachen Kaltstarts,
ebenso ein plötzlicher Anstieg des Datenverkehrs, der mehr Umgebungen gleichzeitig braucht.</translation>
    </message>
</context>
<context>
    <name>lesson:concurrency</name>
    <message>
        <source>Concurrency and throttling</source>
        <translation>Gleichzeitigkeit und Drosselung</translation>
    </message>
    <message>
        <source>Reserve concurrency for a function and see an invocation throttled.</source>
        <translation>Gleichzeitigkeit für eine Funktion reservieren und sehen, wie ein Aufruf gedrosselt wird.</translation>
    </message>
    <message>
        <source>Each execution environment handles one invocation at a time, so the number of invocations
in flight is the function&apos;s **concurrency**. Requests beyond the limit are throttled.</source>
        <translation>Jede Ausführungsumgebung bearbeitet einen Aufruf nach dem anderen, daher ist die Zahl der gerade laufenden Aufrufe
die **Gleichzeitigkeit** der Funktion. Anfragen über dem Limit werden gedrosselt.</translation>
    </message>
    <message>
        <source>Reserve concurrency</source>
        <translation>Gleichzeitigkeit reservieren</translation>
    </message>
    <message>
        <source>Set the function&apos;s reserved concurrency to 1. Reserved concurrency sets aside part of the
account&apos;s pool for this function, and is also the most it may run at once.</source>
        <translation>Setzen Sie die reservierte Gleichzeitigkeit der Funktion auf 1. Reservierte Gleichzeitigkeit hält einen Teil des
Kontingents des Kontos für diese Funktion frei und ist zugleich das Maximum, das sie gleichzeitig ausführen darf.</translation>
    </message>
    <message>
        <source>Get throttled</source>
        <translation>Gedrosselt werden</translation>
    </message>
    <message>
        <source>Run two invocations of &quot;finishes&quot; at once (Run load… with a concurrency of 2 or more). The
second finds no free slot and is refused with TooManyRequestsException (HTTP 429).</source>
        <translation>Führen Sie zwei Aufrufe von &quot;finishes&quot; gleichzeitig aus (Lasttest… mit einer Gleichzeitigkeit von 2 oder mehr). Der
zweite findet keinen freien Platz und wird mit TooManyRequestsException (HTTP 429) abgewiesen.</translation>
    </message>
    <message>
        <source>Release the limit</source>
        <translation>Das Limit aufheben</translation>
    </message>
    <message>
        <source>Choose &quot;Use unreserved account concurrency&quot; to remove the reservation. Synchronous callers
must retry a throttled request themselves; for asynchronous events, Lambda keeps retrying
for up to six hours.</source>
        <translation>Wählen Sie „Nicht reservierte Kontogleichzeitigkeit verwenden“, um die Reservierung aufzuheben. Synchrone
Aufrufer müssen eine gedrosselte Anfrage selbst wiederholen; asynchrone Ereignisse wiederholt Lambda
bis zu sechs Stunden lang.</translation>
    </message>
</context>
<context>
    <name>lesson:cost</name>
    <message>
        <source>What a function costs</source>
        <translation>Was eine Funktion kostet</translation>
    </message>
    <message>
        <source>See how requests, duration and memory make the bill.</source>
        <translation>Sehen, wie Anfragen, Dauer und Arbeitsspeicher die Rechnung ergeben.</translation>
    </message>
    <message>
        <source>Lambda bills each request, plus compute in **GB-seconds**: the memory size times the
Billed Duration. Idle time costs nothing.</source>
        <translation>Lambda stellt jede Anfrage in Rechnung, dazu die Rechenleistung in **GB-Sekunden**: die Arbeitsspeichergröße mal die
Billed Duration. Leerlaufzeit kostet nichts.</translation>
    </message>
    <message>
        <source>Run it</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Invoke the &quot;work&quot; event and find Billed Duration on the REPORT line. Lambda rounds the
duration up to the next millisecond and bills it at the function&apos;s memory size.</source>
        <translation>Rufen Sie das Ereignis &quot;work&quot; auf und suchen Sie Billed Duration in der REPORT-Zeile. Lambda rundet die
Dauer auf die nächste Millisekunde auf und rechnet sie mit der Arbeitsspeichergröße der Funktion ab.</translation>
    </message>
    <message>
        <source>Open the cost panel</source>
        <translation>Den Kostenbereich öffnen</translation>
    </message>
    <message>
        <source>Open the Monitor tab. Its cost panel adds up requests and GB-seconds at AWS&apos;s published
prices, and shows what another memory size would cost.</source>
        <translation>Öffnen Sie die Registerkarte „Überwachen“. Ihr Kostenbereich summiert Anfragen und GB-Sekunden zu den veröffentlichten
AWS-Preisen und zeigt, was eine andere Arbeitsspeichergröße kosten würde.</translation>
    </message>
    <message>
        <source>More memory</source>
        <translation>Mehr Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Set the memory size to 1024 MB or more. Each millisecond now costs more, but CPU grows
with memory, so CPU-bound work finishes sooner.</source>
        <translation>Setzen Sie die Arbeitsspeichergröße auf 1024 MB oder mehr. Jede Millisekunde kostet jetzt mehr, aber die CPU-Leistung wächst
mit dem Arbeitsspeicher, sodass CPU-lastige Arbeit früher fertig ist.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Invoke again and compare Billed Duration and the cost panel. For CPU-bound code a larger
memory size can cost about the same or less; for code that waits on the network it costs more.</source>
        <translation>Rufen Sie erneut auf und vergleichen Sie Billed Duration und den Kostenbereich. Bei CPU-lastigem Code kann mehr
Arbeitsspeicher etwa gleich viel oder weniger kosten; bei Code, der auf das Netzwerk wartet, kostet er mehr.</translation>
    </message>
</context>
<context>
    <name>lesson:environment-variables</name>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Configure a function without changing its code, and fail fast on a bad value.</source>
        <translation>Eine Funktion konfigurieren, ohne ihren Code zu ändern, und bei einem ungültigen Wert sofort fehlschlagen.</translation>
    </message>
    <message>
        <source>Environment variables keep settings such as stage names, limits and feature flags out of
the code, so the same code runs in every stage. Their values are always strings.</source>
        <translation>Umgebungsvariablen halten Einstellungen wie Stufennamen, Limits und Feature-Flags aus
dem Code heraus, sodass derselbe Code in jeder Stufe läuft. Ihre Werte sind immer Zeichenfolgen.</translation>
    </message>
    <message>
        <source>Read the settings</source>
        <translation>Die Einstellungen lesen</translation>
    </message>
    <message>
        <source>Invoke the &quot;basket&quot; event. The function read GREETING, STAGE, MAX_ITEMS and FEATURE_FLAGS
when its environment started, and shows the stage it runs in.</source>
        <translation>Rufen Sie das Ereignis &quot;basket&quot; auf. Die Funktion hat GREETING, STAGE, MAX_ITEMS und FEATURE_FLAGS gelesen,
als ihre Umgebung startete, und zeigt die Stufe, in der sie läuft.</translation>
    </message>
    <message>
        <source>Change the stage</source>
        <translation>Die Stufe ändern</translation>
    </message>
    <message>
        <source>Change STAGE to another value, for example &quot;prod&quot;, and save. A change of environment
variables is a configuration change: Lambda starts new environments that see the new values.</source>
        <translation>Ändern Sie STAGE auf einen anderen Wert, zum Beispiel &quot;prod&quot;, und speichern Sie. Eine Änderung von Umgebungsvariablen
ist eine Konfigurationsänderung: Lambda startet neue Umgebungen, die die neuen Werte sehen.</translation>
    </message>
    <message>
        <source>See the new value</source>
        <translation>Den neuen Wert sehen</translation>
    </message>
    <message>
        <source>Invoke again: the response shows the new stage, with no change to the code.</source>
        <translation>Rufen Sie erneut auf: Die Antwort zeigt die neue Stufe, ohne dass der Code geändert wurde.</translation>
    </message>
    <message>
        <source>A bad value</source>
        <translation>Ein ungültiger Wert</translation>
    </message>
    <message>
        <source>Set MAX_ITEMS to &quot;lots&quot; and invoke. The code checks its settings at start-up and fails
during init, so a misconfigured function stops at once with a clear message.</source>
        <translation>Setzen Sie MAX_ITEMS auf &quot;lots&quot; und rufen Sie auf. Der Code prüft seine Einstellungen beim Start und schlägt
während Init fehl, sodass eine falsch konfigurierte Funktion sofort mit einer klaren Meldung abbricht.</translation>
    </message>
</context>
<context>
    <name>lesson:errors</name>
    <message>
        <source>Errors and stack traces</source>
        <translation>Fehler und Stacktraces</translation>
    </message>
    <message>
        <source>See how Lambda reports an error your handler raises, and what the caller gets.</source>
        <translation>Sehen, wie Lambda einen von Ihrem Handler ausgelösten Fehler meldet und was der Aufrufer erhält.</translation>
    </message>
    <message>
        <source>A good order</source>
        <translation>Eine gültige Bestellung</translation>
    </message>
    <message>
        <source>Invoke the &quot;ok&quot; event: the order is valid and the handler returns its total.</source>
        <translation>Rufen Sie das Ereignis &quot;ok&quot; auf: Die Bestellung ist gültig, und der Handler gibt ihre Summe zurück.</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <source>Invoke &quot;bad-input&quot;. The handler raises its own ValidationError, and errorType is the
error&apos;s class name: callers and retry rules can match on it, so name your errors well.</source>
        <translation>Rufen Sie &quot;bad-input&quot; auf. Der Handler löst seinen eigenen ValidationError aus, und errorType ist der
Klassenname des Fehlers: Aufrufer und Wiederholungsregeln können darauf prüfen, also benennen Sie Ihre Fehler gut.</translation>
    </message>
    <message>
        <source>A bug</source>
        <translation>Ein Bug</translation>
    </message>
    <message>
        <source>Still warm</source>
        <translation>Immer noch warm</translation>
    </message>
    <message>
        <source>Invoke &quot;ok&quot; again: no Init Duration. An error raised by your code leaves the execution
environment running, unlike a timeout or running out of memory, which reset it.</source>
        <translation>Rufen Sie &quot;ok&quot; erneut auf: keine Init Duration. Ein von Ihrem Code ausgelöster Fehler lässt die Ausführungsumgebung
weiterlaufen, anders als eine Zeitüberschreitung oder Arbeitsspeichermangel, die sie zurücksetzen.</translation>
    </message>
    <message>
        <source>When a handler raises an error, Lambda turns it into a JSON document with **errorType**,
**errorMessage** and a stack trace, and marks the invocation as failed.</source>
        <translation>Wirft ein Handler einen Fehler, macht Lambda daraus ein JSON-Dokument mit **errorType**,
**errorMessage** und einem Stacktrace und markiert den Aufruf als fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Invoke &quot;bug&quot;: a built-in error escapes the handler. The stack trace (stackTrace in Python,
trace in Node.js) shows the file and line where it happened.</source>
        <translation>Rufen Sie „bug“ auf: Ein eingebauter Fehler verlässt den Handler. Der Stacktrace (stackTrace in Python,
trace in Node.js) zeigt Datei und Zeile, in der er auftrat.</translation>
    </message>
</context>
<context>
    <name>lesson:event-and-context</name>
    <message>
        <source>The event and the context</source>
        <translation>Das Ereignis und der Kontext</translation>
    </message>
    <message>
        <source>See what a handler receives: your event, and the context Lambda adds.</source>
        <translation>Sehen, was ein Handler erhält: Ihr Ereignis und den Kontext, den Lambda hinzufügt.</translation>
    </message>
    <message>
        <source>Every handler gets two arguments: the **event**, the caller&apos;s JSON, and the **context**,
facts Lambda supplies about this invocation. This function returns both so you can look.</source>
        <translation>Jeder Handler erhält zwei Argumente: das **Ereignis**, das JSON des Aufrufers, und den **Kontext**,
Angaben von Lambda über diesen Aufruf. Diese Funktion gibt beides zurück, damit Sie es sich ansehen können.</translation>
    </message>
    <message>
        <source>Look at both arguments</source>
        <translation>Beide Argumente ansehen</translation>
    </message>
    <message>
        <source>Invoke the &quot;order&quot; event and read the response. The event comes back unchanged; the rest
comes from the context: request id, function name and version, memory limit and log stream.</source>
        <translation>Rufen Sie das Ereignis &quot;order&quot; auf und lesen Sie die Antwort. Das Ereignis kommt unverändert zurück; der Rest
stammt aus dem Kontext: Anfrage-ID, Funktionsname und -version, Arbeitsspeicherlimit und Protokollstream.</translation>
    </message>
    <message>
        <source>Send your own event</source>
        <translation>Ein eigenes Ereignis senden</translation>
    </message>
    <message>
        <source>Add a field &quot;name&quot; to the test event and invoke again. Lambda does not check the event&apos;s
shape: that is your code&apos;s job, and every event source (S3, SQS, API Gateway) sends its own.</source>
        <translation>Fügen Sie dem Testereignis ein Feld &quot;name&quot; hinzu und rufen Sie erneut auf. Lambda prüft die Form des Ereignisses
nicht: Das ist Aufgabe Ihres Codes, und jede Ereignisquelle (S3, SQS, API Gateway) sendet ihre eigene.</translation>
    </message>
    <message>
        <source>Give it more time</source>
        <translation>Mehr Zeit geben</translation>
    </message>
    <message>
        <source>Set the timeout to 10 seconds or more. The timeout is part of the function&apos;s
configuration, and the context tells the handler how much of it is left.</source>
        <translation>Setzen Sie das Zeitlimit auf 10 Sekunden oder mehr. Das Zeitlimit gehört zur Konfiguration
der Funktion, und der Kontext sagt dem Handler, wie viel davon noch übrig ist.</translation>
    </message>
    <message>
        <source>Read the time left</source>
        <translation>Die verbleibende Zeit lesen</translation>
    </message>
    <message>
        <source>Invoke again: remainingTimeMs is now above 9000. Code that does long work can check the
remaining time and stop cleanly before Lambda stops it.</source>
        <translation>Rufen Sie erneut auf: remainingTimeMs liegt jetzt über 9000. Code mit langer Arbeit kann die
verbleibende Zeit prüfen und sauber aufhören, bevor Lambda ihn stoppt.</translation>
    </message>
</context>
<context>
    <name>lesson:first-function</name>
    <message>
        <source>Your first function</source>
        <translation>Ihre erste Funktion</translation>
    </message>
    <message>
        <source>Invoke a function, read its response and its log, change its code and run it again.</source>
        <translation>Eine Funktion aufrufen, ihre Antwort und ihr Protokoll lesen, ihren Code ändern und sie erneut ausführen.</translation>
    </message>
    <message>
        <source>Invoke it</source>
        <translation>Aufrufen</translation>
    </message>
    <message>
        <source>Change the event</source>
        <translation>Das Ereignis ändern</translation>
    </message>
    <message>
        <source>Pick the &quot;no-name&quot; event (or remove &quot;name&quot; from the JSON) and invoke again. The event is
whatever JSON the caller sends, so a handler should not assume a field is there.</source>
        <translation>Wählen Sie das Ereignis &quot;no-name&quot; (oder entfernen Sie &quot;name&quot; aus dem JSON) und rufen Sie erneut auf. Das Ereignis ist
beliebiges JSON, das der Aufrufer sendet, daher sollte ein Handler nicht annehmen, dass ein Feld vorhanden ist.</translation>
    </message>
    <message>
        <source>Deploy a change</source>
        <translation>Eine Änderung bereitstellen</translation>
    </message>
    <message>
        <source>Edit the greeting in the code and save it (Ctrl+S). Saving deploys the code to `$LATEST`;
on AWS every deployment also replaces the execution environments that ran the old code.</source>
        <translation>Bearbeiten Sie die Begrüßung im Code und speichern Sie (Ctrl+S). Speichern stellt den Code in `$LATEST` bereit;
auf AWS ersetzt jede Bereitstellung auch die Ausführungsumgebungen, in denen der alte Code lief.</translation>
    </message>
    <message>
        <source>Run the new code</source>
        <translation>Den neuen Code ausführen</translation>
    </message>
    <message>
        <source>Invoke again and look at the REPORT line: it now shows an Init Duration. The new code
needed a fresh execution environment, so this invocation was a cold start.</source>
        <translation>Rufen Sie erneut auf und sehen Sie sich die REPORT-Zeile an: Sie zeigt jetzt eine Init Duration. Der neue Code
brauchte eine frische Ausführungsumgebung, daher war dieser Aufruf ein Kaltstart.</translation>
    </message>
    <message>
        <source>Press **Test** (Ctrl+Enter) to invoke the function with the &quot;hello&quot; event. Lambda passes the event to
your handler, waits for it to return, and sends the returned value back as the response.</source>
        <translation>Klicken Sie auf **Testen** (Ctrl+Enter), um die Funktion mit dem Ereignis „hello“ aufzurufen. Lambda übergibt das
Ereignis Ihrem Handler, wartet auf seine Rückkehr und sendet den zurückgegebenen Wert als Antwort zurück.</translation>
    </message>
    <message>
        <source>A Lambda function is code plus configuration: you never start a server, Lambda runs your
handler when something invokes it. Starting this lesson creates the function
**learn-first-function** from the hello-world blueprint and selects it.</source>
        <translation>Eine Lambda-Funktion ist Code plus Konfiguration: Sie starten nie einen Server, Lambda führt Ihren
Handler aus, wenn etwas ihn aufruft. Beim Start dieser Lektion wird die Funktion
**learn-first-function** aus dem Hello-World-Blueprint erstellt und ausgewählt.</translation>
    </message>
</context>
<context>
    <name>lesson:memory-and-cpu</name>
    <message>
        <source>Memory and CPU</source>
        <translation>Arbeitsspeicher und CPU</translation>
    </message>
    <message>
        <source>Run the same work at 128 MB and at 1769 MB and compare the durations.</source>
        <translation>Dieselbe Arbeit mit 128 MB und mit 1769 MB ausführen und die Dauern vergleichen.</translation>
    </message>
    <message>
        <source>On Lambda the memory size sets more than memory: CPU power grows with it, up to one full
vCPU at 1769 MB. This function does the same CPU work on every invocation.</source>
        <translation>Bei Lambda bestimmt die Arbeitsspeichergröße mehr als den Arbeitsspeicher: Die CPU-Leistung wächst mit ihr, bis zu einer vollen
vCPU bei 1769 MB. Diese Funktion erledigt bei jedem Aufruf dieselbe CPU-Arbeit.</translation>
    </message>
    <message>
        <source>Run at 128 MB</source>
        <translation>Mit 128 MB ausführen</translation>
    </message>
    <message>
        <source>Invoke the &quot;work&quot; event and note the Duration on the REPORT line. At 128 MB the function
gets about 7% of a vCPU, so CPU-bound work is slow.</source>
        <translation>Rufen Sie das Ereignis &quot;work&quot; auf und notieren Sie die Duration in der REPORT-Zeile. Mit 128 MB erhält die Funktion
etwa 7 % einer vCPU, daher ist CPU-lastige Arbeit langsam.</translation>
    </message>
    <message>
        <source>Raise the memory</source>
        <translation>Den Arbeitsspeicher erhöhen</translation>
    </message>
    <message>
        <source>Set the memory size to 1769 MB. That is where Lambda gives a function one full vCPU;
above it, a function gets more than one vCPU, which helps only code that uses several threads.</source>
        <translation>Setzen Sie die Arbeitsspeichergröße auf 1769 MB. Dort gibt Lambda einer Funktion eine volle vCPU;
darüber erhält eine Funktion mehr als eine vCPU, was nur Code hilft, der mehrere Threads verwendet.</translation>
    </message>
    <message>
        <source>Run at 1769 MB</source>
        <translation>Mit 1769 MB ausführen</translation>
    </message>
    <message>
        <source>Invoke again and compare Duration with the run at 128 MB. With the CPU share that follows
the memory size the same work takes a fraction of the time (the status bar says whether
Lambdesk limits CPU this way here); the price per millisecond is higher, so check the cost too.</source>
        <translation>Rufen Sie erneut auf und vergleichen Sie die Duration mit dem Lauf bei 128 MB. Mit dem CPU-Anteil, der
der Arbeitsspeichergröße folgt, braucht dieselbe Arbeit nur einen Bruchteil der Zeit (die Statusleiste zeigt, ob
Lambdesk die CPU hier so begrenzt); der Preis pro Millisekunde ist höher, prüfen Sie also auch die Kosten.</translation>
    </message>
</context>
<context>
    <name>lesson:statelessness</name>
    <message>
        <source>State between invocations</source>
        <translation>Zustand zwischen Aufrufen</translation>
    </message>
    <message>
        <source>Module state lives as long as a warm environment, and is lost when it goes.</source>
        <translation>Modulzustand lebt so lange wie eine warme Umgebung und geht mit ihr verloren.</translation>
    </message>
    <message>
        <source>Variables outside the handler live as long as the execution environment. This function
counts its invocations in such a variable: watch **invocationCount** in the response.</source>
        <translation>Variablen außerhalb des Handlers leben so lange wie die Ausführungsumgebung. Diese Funktion
zählt ihre Aufrufe in einer solchen Variablen: Beobachten Sie **invocationCount** in der Antwort.</translation>
    </message>
    <message>
        <source>Count from one</source>
        <translation>Ab eins zählen</translation>
    </message>
    <message>
        <source>Invoke the function. A new environment ran the module once, so the counter starts at 1.</source>
        <translation>Rufen Sie die Funktion auf. Eine neue Umgebung hat das Modul einmal ausgeführt, daher beginnt der Zähler bei 1.</translation>
    </message>
    <message>
        <source>State kept while warm</source>
        <translation>Zustand bleibt, solange warm</translation>
    </message>
    <message>
        <source>Invoke again: the count goes up. The warm environment kept the module&apos;s state, which is
why caching clients and connections outside the handler pays off.</source>
        <translation>Rufen Sie erneut auf: Der Zähler steigt. Die warme Umgebung hat den Zustand des Moduls behalten; deshalb
lohnt es sich, Clients und Verbindungen außerhalb des Handlers zwischenzuspeichern.</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Make a small change to the code (a comment will do) and save it. A deployment retires
the environments that ran the old code, and their state goes with them.</source>
        <translation>Nehmen Sie eine kleine Änderung am Code vor (ein Kommentar genügt) und speichern Sie. Eine Bereitstellung beendet
die Umgebungen, in denen der alte Code lief, und ihr Zustand geht mit ihnen.</translation>
    </message>
    <message>
        <source>State lost</source>
        <translation>Zustand verloren</translation>
    </message>
    <message>
        <source>Invoke again: the count is back to 1. Lambda gives no promise that an environment lives
on, so keep anything that matters in a database or S3, never only in memory.</source>
        <translation>Rufen Sie erneut auf: Der Zähler steht wieder bei 1. Lambda garantiert nicht, dass eine Umgebung weiterlebt,
also speichern Sie alles Wichtige in einer Datenbank oder in S3, niemals nur im Arbeitsspeicher.</translation>
    </message>
</context>
<context>
    <name>lesson:timeouts</name>
    <message>
        <source>Timeouts</source>
        <translation>Zeitlimits</translation>
    </message>
    <message>
        <source>Run past the timeout, see Lambda stop the function, then give it more time.</source>
        <translation>Über das Zeitlimit hinaus laufen, sehen, wie Lambda die Funktion stoppt, und ihr dann mehr Zeit geben.</translation>
    </message>
    <message>
        <source>Every function has a **timeout** (3 seconds by default, at most 900). When it passes,
Lambda stops the invocation wherever the code is.</source>
        <translation>Jede Funktion hat ein **Zeitlimit** (standardmäßig 3 Sekunden, höchstens 900). Wenn es abläuft,
stoppt Lambda den Aufruf, egal wo der Code gerade ist.</translation>
    </message>
    <message>
        <source>Run out of time</source>
        <translation>Keine Zeit mehr</translation>
    </message>
    <message>
        <source>Invoke the &quot;times-out&quot; event: it works for 5 seconds with a timeout of 3. The log says
&quot;Task timed out after 3.00 seconds&quot; and the invocation fails; nothing after that point ran.</source>
        <translation>Rufen Sie das Ereignis &quot;times-out&quot; auf: Es arbeitet 5 Sekunden bei einem Zeitlimit von 3. Das Protokoll meldet
&quot;Task timed out after 3.00 seconds&quot;, und der Aufruf schlägt fehl; nach diesem Punkt lief nichts mehr.</translation>
    </message>
    <message>
        <source>A fresh environment</source>
        <translation>Eine frische Umgebung</translation>
    </message>
    <message>
        <source>Invoke the &quot;finishes&quot; event. A timeout resets the execution environment, so this run is a
cold start with an Init Duration.</source>
        <translation>Rufen Sie das Ereignis &quot;finishes&quot; auf. Eine Zeitüberschreitung setzt die Ausführungsumgebung zurück, daher ist dieser Lauf ein
Kaltstart mit einer Init Duration.</translation>
    </message>
    <message>
        <source>Raise the timeout</source>
        <translation>Das Zeitlimit erhöhen</translation>
    </message>
    <message>
        <source>Set the timeout to 6 seconds or more. Pick a timeout above the slowest normal run, so that
only a run that is really stuck is stopped.</source>
        <translation>Setzen Sie das Zeitlimit auf 6 Sekunden oder mehr. Wählen Sie ein Zeitlimit über dem langsamsten normalen Lauf, sodass
nur ein Lauf gestoppt wird, der wirklich hängt.</translation>
    </message>
    <message>
        <source>Finish in time</source>
        <translation>Rechtzeitig fertig</translation>
    </message>
    <message>
        <source>Invoke &quot;times-out&quot; again: it now finishes its 5 seconds. You pay for the time a function
runs, so a long timeout costs nothing until it is used.</source>
        <translation>Rufen Sie &quot;times-out&quot; erneut auf: Jetzt schafft es seine 5 Sekunden. Sie bezahlen für die Zeit, die eine Funktion
läuft, daher kostet ein langes Zeitlimit nichts, solange es nicht ausgeschöpft wird.</translation>
    </message>
</context>
<context>
    <name>lesson:versions-and-aliases</name>
    <message>
        <source>Versions and aliases</source>
        <translation>Versionen und Aliasse</translation>
    </message>
    <message>
        <source>Publish versions, point an alias at one, and move it when the next is ready.</source>
        <translation>Versionen veröffentlichen, einen Alias auf eine davon verweisen lassen und ihn umstellen, wenn die nächste fertig ist.</translation>
    </message>
    <message>
        <source>`$LATEST` is the code you edit. A **version** is an immutable snapshot of code and
configuration; an **alias** is a name that points at a version, so callers need not change.</source>
        <translation>`$LATEST` ist der Code, den Sie bearbeiten. Eine **Version** ist ein unveränderlicher Snapshot von Code und
Konfiguration; ein **Alias** ist ein Name, der auf eine Version verweist, sodass Aufrufer nichts ändern müssen.</translation>
    </message>
    <message>
        <source>Publish version 1</source>
        <translation>Version 1 veröffentlichen</translation>
    </message>
    <message>
        <source>Create an alias</source>
        <translation>Einen Alias erstellen</translation>
    </message>
    <message>
        <source>Change the code</source>
        <translation>Den Code ändern</translation>
    </message>
    <message>
        <source>Edit the greeting and save. Only `$LATEST` changes; the published version keeps its code.</source>
        <translation>Bearbeiten Sie die Begrüßung und speichern Sie. Nur `$LATEST` ändert sich; die veröffentlichte Version behält ihren Code.</translation>
    </message>
    <message>
        <source>Publish version 2</source>
        <translation>Version 2 veröffentlichen</translation>
    </message>
    <message>
        <source>Publish again: the new code becomes the next version.</source>
        <translation>Veröffentlichen Sie erneut: Der neue Code wird zur nächsten Version.</translation>
    </message>
    <message>
        <source>Invoke the alias</source>
        <translation>Den Alias aufrufen</translation>
    </message>
    <message>
        <source>Move the alias</source>
        <translation>Den Alias umstellen</translation>
    </message>
    <message>
        <source>Press **Publish new version**. Lambda copies the code and configuration of `$LATEST` into a
numbered version that never changes.</source>
        <translation>Klicken Sie auf **Neue Version veröffentlichen**. Lambda kopiert Code und Konfiguration von `$LATEST` in eine
nummerierte Version, die sich nie mehr ändert.</translation>
    </message>
    <message>
        <source>Press **Create alias** and make &quot;live&quot; point at that version. Callers invoke
learn-versions:live, and you decide which version that means.</source>
        <translation>Klicken Sie auf **Alias erstellen** und lassen Sie „live“ auf diese Version zeigen. Aufrufer rufen
learn-versions:live auf, und Sie entscheiden, welche Version das ist.</translation>
    </message>
    <message>
        <source>Choose &quot;live&quot; as the qualifier in the Test tab and invoke: it still runs the first version,
so callers do not see the new code until you decide.</source>
        <translation>Wählen Sie im Tab „Testen“ „live“ als Qualifier und rufen Sie auf: Es läuft weiter die erste Version,
Aufrufer sehen den neuen Code also erst, wenn Sie es entscheiden.</translation>
    </message>
    <message>
        <source>Edit &quot;live&quot; to point at the new version. Moving an alias is how you release, and moving it back
is how you roll back, with no redeployment.</source>
        <translation>Bearbeiten Sie „live“, sodass es auf die neue Version zeigt. Einen Alias zu verschieben ist ein Release, ihn
zurückzuschieben ein Rollback – ganz ohne erneute Bereitstellung.</translation>
    </message>
</context>
</TS>
