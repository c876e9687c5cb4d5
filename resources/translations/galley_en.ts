<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>galley::DecisionRulesView</name>
    <message numerus="yes">
        <source>%n decision(s) shaped text that was edited by hand and were not flipped.</source>
        <translation>
            <numerusform>%n decision shaped text that was edited by hand and was not flipped.</numerusform>
            <numerusform>%n decisions shaped text that was edited by hand and were not flipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::DocumentStatusBar</name>
    <message numerus="yes">
        <source>%n decision(s) to review</source>
        <translation>
            <numerusform>%n decision to review</numerusform>
            <numerusform>%n decisions to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::ExportDialog</name>
    <message numerus="yes">
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>Exported %n file.</numerusform>
            <numerusform>Exported %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::FindController</name>
    <message numerus="yes">
        <source>Replace %n Occurrence(s)</source>
        <translation>
            <numerusform>Replace %n Occurrence</numerusform>
            <numerusform>Replace %n Occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::FindReplaceDialog</name>
    <message numerus="yes">
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>Replaced %n occurrence</numerusform>
            <numerusform>Replaced %n occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::MainWindow</name>
    <message numerus="yes">
        <source>Exported %n file(s)</source>
        <translation>
            <numerusform>Exported %n file</numerusform>
            <numerusform>Exported %n files</numerusform>
        </translation>
    </message>
</context>
</TS>
