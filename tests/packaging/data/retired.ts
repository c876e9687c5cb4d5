<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Undo</name>
    <message>
        <source>Insert Article</source>
        <translation>插入文章</translation>
    </message>
    <message>
        <source>Split Article</source>
        <translation type="obsolete">拆分文章</translation>
    </message>
    <message>
        <source>Merge Articles</source>
        <translation type="vanished"></translation>
    </message>
</context>
</TS>
