<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Undo</name>
    <message>
        <source>Insert Article</source>
        <translation>插入文章</translation>
    </message>
</context>
<context>
    <name>galley::MainWindow</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
</context>
</TS>
