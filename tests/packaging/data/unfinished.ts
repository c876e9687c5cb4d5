<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Undo</name>
    <message>
        <source>Insert Article</source>
        <translation type="unfinished">插入文章</translation>
    </message>
    <message>
        <source>Delete Article</source>
        <translation></translation>
    </message>
    <message>
        <source>Move Article Up</source>
        <translation>上移文章</translation>
    </message>
</context>
<context>
    <name>galley::MainWindow</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
