<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source> · %n retries</source>
        <translation>
            <numerusform> · %n retry</numerusform>
            <numerusform> · %n retries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lambdesk::AddLayerDialog</name>
    <message numerus="yes">
        <source>%n layer version(s) not compatible with %1 are not offered.</source>
        <translation>
            <numerusform>%n layer version not compatible with %1 is not offered.</numerusform>
            <numerusform>%n layer versions not compatible with %1 are not offered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lambdesk::MainWindow</name>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invocation(s) running</source>
        <translation>
            <numerusform>%n invocation running</numerusform>
            <numerusform>%n invocations running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SAM project imported: %n function(s)</source>
        <translation>
            <numerusform>SAM project imported: %n function</numerusform>
            <numerusform>SAM project imported: %n functions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lambdesk::ProvisionedForm</name>
    <message numerus="yes">
        <source>Initialising %n environment(s) of %1…</source>
        <translation>
            <numerusform>Initialising %n environment of %1…</numerusform>
            <numerusform>Initialising %n environments of %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lambdesk::QueuesPage</name>
    <message numerus="yes">
        <source>Purged %n message(s) from %1</source>
        <translation>
            <numerusform>Purged %n message from %1</numerusform>
            <numerusform>Purged %n messages from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n message(s) from %1 back to their queues</source>
        <translation>
            <numerusform>Moved %n message from %1 back to its queue</numerusform>
            <numerusform>Moved %n messages from %1 back to their queues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lambdesk::SamExportDialog</name>
    <message numerus="yes">
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>Exported %n file.</numerusform>
            <numerusform>Exported %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lambdesk::SamImportDialog</name>
    <message numerus="yes">
        <source>%n function(s) to import.</source>
        <translation>
            <numerusform>%n function to import.</numerusform>
            <numerusform>%n functions to import.</numerusform>
        </translation>
    </message>
</context>
</TS>
