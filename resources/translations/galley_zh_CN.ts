<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AltoReader</name>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;alto&gt;</source>
        <translation>根元素是 &lt;%1&gt;，而不是 &lt;alto&gt;</translation>
    </message>
</context>
<context>
    <name>DecisionFlips</name>
    <message>
        <source>The text this decision shaped was edited by hand (around line %1); flipping it would overwrite that edit.</source>
        <translation>这项修复决定所涉及的文字已被手动编辑过（约第 %1 行）；反转这项决定会覆盖那处编辑。</translation>
    </message>
</context>
<context>
    <name>Decoding</name>
    <message>
        <source>the file is not text (it holds binary data)</source>
        <translation>该文件不是文本（其中含有二进制数据）</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>未知编码“%1”</translation>
    </message>
    <message>
        <source>the file is not valid %1 text</source>
        <translation>该文件不是有效的 %1 文本</translation>
    </message>
    <message>
        <source>the file is not text in any encoding Galley can detect</source>
        <translation>该文件不是 Galley 能识别的任何编码的文本</translation>
    </message>
    <message>
        <source>line %1 holds bytes that are not valid %2 (the file may mix encodings)</source>
        <translation>第 %1 行含有不是有效 %2 的字节（该文件可能混用了多种编码）</translation>
    </message>
    <message>
        <source>it is neither valid UTF-8 nor valid %1 (from line %2)</source>
        <translation>它既不是有效的 UTF-8，也不是有效的 %1（从第 %2 行起）</translation>
    </message>
</context>
<context>
    <name>DocumentLoader</name>
    <message>
        <source>Reading page %1 of %2</source>
        <translation>正在读取第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;</source>
        <translation>无法创建文件夹“%1”</translation>
    </message>
    <message>
        <source>Cannot write in the folder &quot;%1&quot;: %2</source>
        <translation>无法在文件夹“%1”中写入：%2</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;</source>
        <translation>未知的导出格式“%1”</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>JSON article structure</source>
        <translation>JSON 文章结构</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument 文本</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>它不是文件</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>OCR found no text in it</source>
        <translation>OCR 未在其中识别出任何文字</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>该文件是空的</translation>
    </message>
    <message>
        <source>the file holds only spaces and blank lines</source>
        <translation>该文件只有空格和空行</translation>
    </message>
    <message>
        <source>it holds no recognised text</source>
        <translation>其中没有识别出的文字</translation>
    </message>
    <message>
        <source>it is %1; Galley opens files of up to %2</source>
        <translation>文件大小为 %1；Galley 只能打开不超过 %2 的文件</translation>
    </message>
    <message>
        <source>it is named .%1 but is not a %2</source>
        <translation>文件扩展名是 .%1，但内容不是 %2</translation>
    </message>
    <message>
        <source>it is a %1 named .%2; rename it to .%3 to read it by OCR</source>
        <translation>这是扩展名为 .%2 的 %1；请改名为 .%3 以便用 OCR 识别</translation>
    </message>
</context>
<context>
    <name>OcrXml</name>
    <message>
        <source>the document type declares entities, which Galley does not expand</source>
        <translation>文档类型声明了实体，Galley 不会展开这些实体</translation>
    </message>
    <message>
        <source>the entity &quot;%1&quot; is not declared</source>
        <translation>实体“%1”未声明</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>the PDF has no startxref</source>
        <translation>该 PDF 没有 startxref</translation>
    </message>
    <message>
        <source>the PDF has no classic cross-reference table</source>
        <translation>该 PDF 没有传统的交叉引用表</translation>
    </message>
    <message>
        <source>the cross-reference table is damaged</source>
        <translation>交叉引用表已损坏</translation>
    </message>
    <message>
        <source>object %1 is not where the cross-reference table says</source>
        <translation>对象 %1 不在交叉引用表所指的位置</translation>
    </message>
</context>
<context>
    <name>PdfToUnicode</name>
    <message>
        <source>the ToUnicode map of font %1 cannot be read</source>
        <translation>无法读取字体 %1 的 ToUnicode 映射表</translation>
    </message>
    <message>
        <source>the PDF has no document information dictionary</source>
        <translation>该 PDF 没有文档信息字典</translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <source>the PDF engine could not start</source>
        <translation>PDF 引擎无法启动</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>the PDF could not be finished: %1</source>
        <translation>无法完成 PDF：%1</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>Galley project</source>
        <translation>Galley 项目</translation>
    </message>
    <message>
        <source>not a Galley project (%1 at byte %2)</source>
        <translation>不是 Galley 项目（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>not a Galley project (the format field is missing)</source>
        <translation>不是 Galley 项目（缺少 format 字段）</translation>
    </message>
    <message>
        <source>not a Galley project (the version field is missing)</source>
        <translation>不是 Galley 项目（缺少 version 字段）</translation>
    </message>
    <message>
        <source>the project was saved by a newer Galley (format version %1)</source>
        <translation>该项目由更新版本的 Galley 保存（格式版本 %1）</translation>
    </message>
</context>
<context>
    <name>Repair</name>
    <message>
        <source>CJK line wrapped at the column width</source>
        <translation>中文行在栏宽处折行</translation>
    </message>
    <message>
        <source>Blank line in mid-sentence: a column break</source>
        <translation>句中空行：分栏造成的断开</translation>
    </message>
    <message>
        <source>Blank line after a sentence end</source>
        <translation>句末之后的空行</translation>
    </message>
    <message>
        <source>Sentence end or lead-in (：) on a line short of the column width</source>
        <translation>未满栏宽的行以句末或提示语（：）结束</translation>
    </message>
    <message>
        <source>The next line is indented</source>
        <translation>下一行有缩进</translation>
    </message>
    <message>
        <source>The next line starts a list item</source>
        <translation>下一行是列表项的开头</translation>
    </message>
    <message>
        <source>A new speaker&apos;s quotation starts</source>
        <translation>另一位说话人的引语开始</translation>
    </message>
    <message>
        <source>A short line without punctuation stands alone</source>
        <translation>不带标点的短行单独成行</translation>
    </message>
    <message>
        <source>The next line starts with a byline</source>
        <translation>下一行以署名开头</translation>
    </message>
    <message>
        <source>A byline on a line of its own</source>
        <translation>署名单独成行</translation>
    </message>
    <message>
        <source>A headline stands alone</source>
        <translation>标题单独成行</translation>
    </message>
    <message>
        <source>The line before a byline is a headline</source>
        <translation>署名的前一行是标题</translation>
    </message>
    <message>
        <source>A deck line follows a headline</source>
        <translation>标题之后是副标题行</translation>
    </message>
    <message>
        <source>Latin lines join with a space</source>
        <translation>西文行之间以空格连接</translation>
    </message>
    <message>
        <source>Hyphen of a word broken at the line end</source>
        <translation>行末断词的连字符</translation>
    </message>
    <message>
        <source>The page spells the word without a hyphen</source>
        <translation>本版别处此词不带连字符</translation>
    </message>
    <message>
        <source>Hyphenated compound of two words</source>
        <translation>由连字符连接的复合词</translation>
    </message>
    <message>
        <source>The page spells the word with a hyphen</source>
        <translation>本版别处此词带连字符</translation>
    </message>
    <message>
        <source>Hyphen between numbers</source>
        <translation>数字之间的连字符</translation>
    </message>
    <message>
        <source>Dash at the line end</source>
        <translation>行末的破折号</translation>
    </message>
    <message>
        <source>Space next to full-width punctuation</source>
        <translation>全角标点旁的空格</translation>
    </message>
    <message>
        <source>Letter-spaced (justified) characters</source>
        <translation>被拉开字距（两端对齐）的文字</translation>
    </message>
    <message>
        <source>Space between CJK characters</source>
        <translation>汉字之间的空格</translation>
    </message>
    <message>
        <source>Space between the clauses of a headline</source>
        <translation>标题分句之间的空格</translation>
    </message>
    <message>
        <source>Space in a byline</source>
        <translation>署名中的空格</translation>
    </message>
    <message>
        <source>Space between CJK text and Latin letters or digits</source>
        <translation>中文与西文字母或数字之间的空格</translation>
    </message>
    <message>
        <source>Gap between the columns of a table</source>
        <translation>表格各栏之间的间隔</translation>
    </message>
    <message>
        <source>On the scan the line stops short of its column&apos;s edge</source>
        <translation>扫描图上该行未排到栏的边缘</translation>
    </message>
    <message>
        <source>On the scan the next line is indented</source>
        <translation>扫描图上下一行有缩进</translation>
    </message>
    <message>
        <source>On the scan the text runs on at the top of the next column</source>
        <translation>扫描图上文字转到下一栏顶端接排</translation>
    </message>
    <message>
        <source>On the scan the line fills its column and the text runs on</source>
        <translation>扫描图上该行排满栏宽，文字继续接排</translation>
    </message>
    <message>
        <source>On the scan the line is set in larger type than the body</source>
        <translation>扫描图上该行字号大于正文</translation>
    </message>
    <message>
        <source>On the scan the line runs across more than one column</source>
        <translation>扫描图上该行横跨多栏</translation>
    </message>
</context>
<context>
    <name>ScanFile</name>
    <message>
        <source>it is not a PDF document Galley can read</source>
        <translation>它不是 Galley 能读取的 PDF 文档</translation>
    </message>
    <message>
        <source>the PDF document is protected by a password</source>
        <translation>该 PDF 文档受密码保护</translation>
    </message>
    <message>
        <source>it is not a TIFF image Galley can read</source>
        <translation>它不是 Galley 能读取的 TIFF 图像</translation>
    </message>
    <message>
        <source>it has no pages</source>
        <translation>它没有任何页面</translation>
    </message>
    <message>
        <source>there is no page %1</source>
        <translation>没有第 %1 页</translation>
    </message>
    <message>
        <source>page %1 cannot be read</source>
        <translation>无法读取第 %1 页</translation>
    </message>
    <message>
        <source>page %1 is %2 × %3 pixels; Galley reads scans of up to %4 megapixels</source>
        <translation>第 %1 页为 %2 × %3 像素；Galley 只能读取不超过 %4 百万像素的扫描件</translation>
    </message>
    <message>
        <source>the image is damaged (%1)</source>
        <translation>该图像已损坏（%1）</translation>
    </message>
</context>
<context>
    <name>ScanImport</name>
    <message>
        <source>the OCR was cancelled</source>
        <translation>OCR 已取消</translation>
    </message>
</context>
<context>
    <name>TesseractRecognizer</name>
    <message>
        <source>none of the OCR languages &quot;%1&quot; reads vertical text</source>
        <translation>OCR 语言“%1”都不能识别竖排文字</translation>
    </message>
    <message>
        <source>the Tesseract language data &quot;%1&quot; is not installed</source>
        <translation>未安装 Tesseract 语言数据“%1”</translation>
    </message>
    <message>
        <source>the page image is empty</source>
        <translation>页面图像为空</translation>
    </message>
    <message>
        <source>the OCR was cancelled</source>
        <translation>OCR 已取消</translation>
    </message>
    <message>
        <source>Tesseract could not read the page</source>
        <translation>Tesseract 无法识别该页</translation>
    </message>
</context>
<context>
    <name>TextFinder</name>
    <message>
        <source>Nothing to find</source>
        <translation>没有要查找的内容</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Edit Headline</source>
        <translation>编辑标题</translation>
    </message>
    <message>
        <source>Edit Deck</source>
        <translation>编辑副标题</translation>
    </message>
    <message>
        <source>Edit Byline</source>
        <translation>编辑署名</translation>
    </message>
    <message>
        <source>Edit Body</source>
        <translation>编辑正文</translation>
    </message>
    <message>
        <source>Insert Article</source>
        <translation>插入文章</translation>
    </message>
    <message>
        <source>Delete Article</source>
        <translation>删除文章</translation>
    </message>
    <message>
        <source>Move Article Up</source>
        <translation>上移文章</translation>
    </message>
    <message>
        <source>Move Article Down</source>
        <translation>下移文章</translation>
    </message>
    <message>
        <source>Move Headline</source>
        <translation>移动标题</translation>
    </message>
    <message>
        <source>Move Deck</source>
        <translation>移动副标题</translation>
    </message>
    <message>
        <source>Split Article</source>
        <translation>拆分文章</translation>
    </message>
    <message>
        <source>Merge Articles</source>
        <translation>合并文章</translation>
    </message>
    <message>
        <source>Swap Headline and Deck</source>
        <translation>互换标题和副标题</translation>
    </message>
    <message>
        <source>Move Kicker</source>
        <translation>移动引题</translation>
    </message>
    <message>
        <source>Edit Kicker</source>
        <translation>编辑引题</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>the archive cannot be read back</source>
        <translation>无法读回压缩包</translation>
    </message>
</context>
<context>
    <name>galley-cli</name>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>galley-cli: %1 of %2 converted to %3 in &quot;%4&quot;</source>
        <translation>galley-cli：%2 个文件中已有 %1 个转换为 %3，保存在“%4”</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>，%1 个失败</translation>
    </message>
    <message>
        <source>galley-cli: cannot create the output folder &quot;%1&quot;</source>
        <translation>galley-cli：无法创建输出文件夹“%1”</translation>
    </message>
    <message>
        <source>galley-cli: &quot;%1&quot; not converted: &quot;%2&quot; already writes &quot;%3&quot;</source>
        <translation>galley-cli：未转换“%1”：“%2”已写入“%3”</translation>
    </message>
    <message>
        <source>galley-cli: unknown format &quot;%1&quot; (known: %2)</source>
        <translation>galley-cli：未知格式“%1”（可用格式：%2）</translation>
    </message>
    <message>
        <source>galley-cli: several inputs need an output folder (-o DIR)</source>
        <translation>galley-cli：多个输入文件需要指定输出文件夹（-o DIR）</translation>
    </message>
    <message>
        <source>Repairs the OCR text of scanned newspaper pages and writes it as articles.

  galley-cli convert IN... -o OUT --to FORMAT</source>
        <translation>修复扫描报纸版面的 OCR 文本，并按文章输出。

  galley-cli convert IN... -o OUT --to FORMAT</translation>
    </message>
    <message>
        <source>The command: convert.</source>
        <translation>命令：convert。</translation>
    </message>
    <message>
        <source>The OCR text files to convert.</source>
        <translation>要转换的 OCR 文本文件。</translation>
    </message>
    <message>
        <source>Write to OUT: a file for one input, a folder for several; &apos;-&apos; or none writes one input to standard output.</source>
        <translation>写入 OUT：单个输入时为文件，多个输入时为文件夹；为“-”或省略时，把单个输入写到标准输出。</translation>
    </message>
    <message>
        <source>The output format: %1.</source>
        <translation>输出格式：%1。</translation>
    </message>
    <message>
        <source>The page language: auto (default), zh or en.</source>
        <translation>版面语言：auto（默认）、zh 或 en。</translation>
    </message>
    <message>
        <source>The input encoding: auto (default) or a name such as UTF-8, GB18030, Big5.</source>
        <translation>输入编码：auto（默认）或编码名称，如 UTF-8、GB18030、Big5。</translation>
    </message>
    <message>
        <source>Keep the OCR lines as they are.</source>
        <translation>保留 OCR 原始分行，不作修复。</translation>
    </message>
    <message>
        <source>PDF, DOCX and ODT paper: a4 (default) or letter.</source>
        <translation>PDF、DOCX 和 ODT 的纸张：a4（默认）或 letter。</translation>
    </message>
    <message>
        <source>PDF, DOCX and ODT columns: 1 (default) or 2.</source>
        <translation>PDF、DOCX 和 ODT 的栏数：1（默认）或 2。</translation>
    </message>
    <message>
        <source>PDF without the running header.</source>
        <translation>PDF 不带页眉。</translation>
    </message>
    <message>
        <source>PDF without page numbers.</source>
        <translation>PDF 不带页码。</translation>
    </message>
    <message>
        <source>The date the PDF&apos;s running header shows (YYYY-MM-DD).</source>
        <translation>PDF 页眉显示的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Files converted at once (default: one per processor core).</source>
        <translation>同时转换的文件数（默认：每个处理器核心一个）。</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>convert needs at least one input file</source>
        <translation>convert 至少需要一个输入文件</translation>
    </message>
    <message>
        <source>convert needs an output format (--to FORMAT)</source>
        <translation>convert 需要指定输出格式（--to FORMAT）</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (use auto, zh or en)</source>
        <translation>未知语言“%1”（请用 auto、zh 或 en）</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>未知编码“%1”</translation>
    </message>
    <message>
        <source>unknown page size &quot;%1&quot; (use a4 or letter)</source>
        <translation>未知纸张大小“%1”（请用 a4 或 letter）</translation>
    </message>
    <message>
        <source>unknown column count &quot;%1&quot; (use 1 or 2)</source>
        <translation>未知栏数“%1”（请用 1 或 2）</translation>
    </message>
    <message>
        <source>unknown date &quot;%1&quot; (use YYYY-MM-DD)</source>
        <translation>未知日期“%1”（请用 YYYY-MM-DD 格式）</translation>
    </message>
    <message>
        <source>unknown job count &quot;%1&quot;</source>
        <translation>未知的并行任务数“%1”</translation>
    </message>
</context>
<context>
    <name>galley::AboutDialog</name>
    <message>
        <source>(built with %1)</source>
        <translation>（构建时为 %1）</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>基于以下软件构建：</translation>
    </message>
    <message>
        <source>About Galley</source>
        <translation>关于 Galley</translation>
    </message>
    <message>
        <source>Repairs the OCR text of scanned newspaper pages and turns it into articles: headline, deck, byline and clean paragraphs.</source>
        <translation>修复报纸扫描页的 OCR 文字，并整理成一篇篇文章：标题、副标题、署名和干净的正文段落。</translation>
    </message>
    <message>
        <source>Galley is free software: you can redistribute it and modify it under the terms of the %1, version 3 or (at your option) any later version.</source>
        <translation>Galley 是自由软件：您可以依据 %1第 3 版或（由您选择的）任何更高版本的条款，再发布和修改它。</translation>
    </message>
    <message>
        <source>GNU General Public License</source>
        <translation>GNU 通用公共许可证</translation>
    </message>
</context>
<context>
    <name>galley::ArticleForm</name>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Deck (subheading)</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>标题(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation>副标题(&amp;D)：</translation>
    </message>
    <message>
        <source>B&amp;yline:</source>
        <translation>署名(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>正文(&amp;B)：</translation>
    </message>
    <message>
        <source>Kicker (line above the headline)</source>
        <translation>引题（标题上方的一行）</translation>
    </message>
    <message>
        <source>&amp;Kicker:</source>
        <translation>引题(&amp;K)：</translation>
    </message>
</context>
<context>
    <name>galley::ArticleListDelegate</name>
    <message>
        <source>(no headline)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>galley::ArticleListView</name>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>galley::BodyEditor</name>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
</context>
<context>
    <name>galley::DecisionRulesView</name>
    <message>
        <source>Decisions by Rule</source>
        <translation>按规则查看修复决定</translation>
    </message>
    <message>
        <source>&amp;Flip All</source>
        <translation>全部反转(&amp;F)</translation>
    </message>
    <message>
        <source>Restore A&amp;ll</source>
        <translation>全部复原(&amp;L)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Proposes</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定数</translation>
    </message>
    <message>
        <source>Flipped</source>
        <translation>已反转</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Flip every decision of the selected rule that still follows it</source>
        <translation>反转所选规则下仍按该规则处理的每项决定</translation>
    </message>
    <message>
        <source>Put back every flipped decision of the selected rule</source>
        <translation>复原所选规则下每项已反转的决定</translation>
    </message>
    <message>
        <source>%1 (else %2)</source>
        <translation>%1（否则%2）</translation>
    </message>
    <message>
        <source>Some Decisions Were Left Alone</source>
        <translation>部分决定未作改动</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) shaped text that was edited by hand and were not flipped.</source>
        <translation>
            <numerusform>有 %n 项决定所涉及的文字已被手动编辑过，因此未予反转。</numerusform>
        </translation>
    </message>
    <message>
        <source>Flip All “%1” Decisions</source>
        <translation>反转所有“%1”决定</translation>
    </message>
    <message>
        <source>Restore All “%1” Decisions</source>
        <translation>复原所有“%1”决定</translation>
    </message>
</context>
<context>
    <name>galley::DocumentStatusBar</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop opening the file</source>
        <translation>停止打开文件</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) to review</source>
        <translation>
            <numerusform>%n 处修复待复核</numerusform>
        </translation>
    </message>
    <message>
        <source>The encoding the file was read in</source>
        <translation>读取文件时所用的编码</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Page: %1 words, %2 characters</source>
        <translation>整版：%1 个词，%2 个字符</translation>
    </message>
    <message>
        <source>Article: %1 words, %2 characters</source>
        <translation>本篇：%1 个词，%2 个字符</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
</context>
<context>
    <name>galley::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>bulletin</source>
        <translation>简报</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>导出到(&amp;T)：</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>One column</source>
        <translation>单栏</translation>
    </message>
    <message>
        <source>Two columns</source>
        <translation>双栏</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>页边距(&amp;M)：</translation>
    </message>
    <message>
        <source>Running &amp;header with the title</source>
        <translation>页眉显示标题(&amp;H)</translation>
    </message>
    <message>
        <source>and the &amp;date</source>
        <translation>及日期(&amp;D)</translation>
    </message>
    <message>
        <source>Page &amp;numbers</source>
        <translation>页码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export Into Folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Choose where to export to.</source>
        <translation>请选择导出位置。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>已导出 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>The &amp;whole page</source>
        <translation>整版(&amp;W)</translation>
    </message>
    <message>
        <source>The &amp;selected articles (%1 of %2)</source>
        <translation>所选文章(&amp;S)（%2 篇中的 %1 篇）</translation>
    </message>
    <message>
        <source>One file per &amp;article, named from its headline</source>
        <translation>每篇文章一个文件，以标题命名(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;olumns:</source>
        <translation>分栏(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>galley::FindController</name>
    <message>
        <source>No article is selected</source>
        <translation>未选中文章</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n Occurrence(s)</source>
        <translation>
            <numerusform>替换 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::FindReplaceDialog</name>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>正则表达式(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>区分大小写(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>全词匹配(&amp;W)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>所有文章</translation>
    </message>
    <message>
        <source>Current article</source>
        <translation>当前文章</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <source>Replace wit&amp;h:</source>
        <translation>替换为(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Search in:</source>
        <translation>查找范围(&amp;S)：</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Galley will use the new language the next time it starts.</source>
        <translation>Galley 将在下次启动时使用新的语言。</translation>
    </message>
</context>
<context>
    <name>galley::MainWindow</name>
    <message>
        <source>Opening cancelled</source>
        <translation>已取消打开</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;打开时&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select A&amp;ll</source>
        <translation>全选(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>替换(&amp;E)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;Whitespace</source>
        <translation>显示空白字符(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Source Pane</source>
        <translation>原文窗格(&amp;S)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>下一个窗格(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>上一个窗格(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Galley</source>
        <translation>关于 Galley(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: no such file</source>
        <translation>无法打开“%1”：文件不存在</translation>
    </message>
    <message>
        <source>Open Failed</source>
        <translation>打开失败</translation>
    </message>
    <message>
        <source>Open Page</source>
        <translation>打开版面</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; has unsaved changes.</source>
        <translation>版面“%1”有未保存的更改。</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>要保存这些更改吗？</translation>
    </message>
    <message>
        <source>Save Page As</source>
        <translation>版面另存为</translation>
    </message>
    <message>
        <source>Galley projects (*.galley)</source>
        <translation>Galley 项目 (*.galley)</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>Galley was closed without saving the changes to &quot;%1&quot;.</source>
        <translation>Galley 上次关闭时没有保存对“%1”的更改。</translation>
    </message>
    <message>
        <source>Recovery Failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>复核(&amp;R)</translation>
    </message>
    <message>
        <source>A copy was saved automatically at %1. Recover it, discard it for good, or decide at the next start?</source>
        <translation>%1 自动保存了一份副本。要恢复它、永久丢弃它，还是下次启动时再决定？</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Ask &amp;Later</source>
        <translation>稍后询问(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quick Export</source>
        <translation>快速导出(&amp;Q)</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s)</source>
        <translation>
            <numerusform>已导出 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Pag&amp;e Image</source>
        <translation>页面图像(&amp;E)</translation>
    </message>
    <message>
        <source>Show the scan beside the text</source>
        <translation>在文字旁显示扫描页</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation>页面(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Fit Width</source>
        <translation>适合宽度(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <source>Pages (*.txt *.galley *.png *.jpg *.jpeg *.tif *.tiff *.pdf *.hocr *.html *.xml);;OCR text (*.txt);;Scans (*.png *.jpg *.jpeg *.tif *.tiff *.pdf);;hOCR and ALTO (*.hocr *.html *.xml);;Galley projects (*.galley);;All files (*)</source>
        <translation>版面 (*.txt *.galley *.png *.jpg *.jpeg *.tif *.tiff *.pdf *.hocr *.html *.xml);;OCR 文本 (*.txt);;扫描件 (*.png *.jpg *.jpeg *.tif *.tiff *.pdf);;hOCR 和 ALTO (*.hocr *.html *.xml);;Galley 项目 (*.galley);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Re&amp;load from Disk</source>
        <translation>从磁盘重新载入(&amp;L)</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was changed by another program.</source>
        <translation>文件“%1”已被其他程序更改。</translation>
    </message>
    <message>
        <source>Reload it and lose your unsaved changes, or keep your version? Saving your version replaces the other program&apos;s.</source>
        <translation>重新载入并放弃未保存的更改，还是保留您的版本？保存您的版本将替换其他程序的版本。</translation>
    </message>
    <message>
        <source>Reload it to see the other program&apos;s version?</source>
        <translation>重新载入以查看其他程序的版本？</translation>
    </message>
    <message>
        <source>&amp;Reload and Lose Changes</source>
        <translation>重新载入并放弃更改(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep My Version</source>
        <translation>保留我的版本(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>忽略(&amp;I)</translation>
    </message>
    <message>
        <source>File Removed</source>
        <translation>文件已被删除</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was deleted or moved by another program. Save the page to keep it on disk.</source>
        <translation>文件“%1”已被其他程序删除或移走。请保存本页，以便将其保留在磁盘上。</translation>
    </message>
</context>
<context>
    <name>galley::MoveDisplayDialog</name>
    <message>
        <source>Move Display Line</source>
        <translation>移动标题行</translation>
    </message>
    <message>
        <source>Headline: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <source>Deck: %1</source>
        <translation>副标题：%1</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Move:</source>
        <translation>移动(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;To article:</source>
        <translation>移到文章(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;As:</source>
        <translation>作为(&amp;A)：</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Why here:</source>
        <translation>为何在此：</translation>
    </message>
    <message>
        <source>“%1” shares no telling text with this article.</source>
        <translation>“%1”与本文没有共同的关键文字。</translation>
    </message>
    <message>
        <source>“%1” is in this article’s text (%2 % of the line).</source>
        <translation>“%1”见于本文正文（占该行的 %2%）。</translation>
    </message>
    <message>
        <source>Runner-up: article %1 (%2 %).</source>
        <translation>次选：第 %1 篇（%2%）。</translation>
    </message>
    <message>
        <source>Galley did not place this line: it was set by hand or read from a project.</source>
        <translation>此行不是 Galley 自动归属的：它是手工设置的，或读自项目文件。</translation>
    </message>
    <message>
        <source>Kicker: %1</source>
        <translation>引题：%1</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
</context>
<context>
    <name>galley::PageView</name>
    <message>
        <source>Page scan</source>
        <translation>版面扫描图</translation>
    </message>
    <message>
        <source>The scan %1 cannot be shown.</source>
        <translation>无法显示扫描图 %1。</translation>
    </message>
</context>
<context>
    <name>galley::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>修复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>文字(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Detect from the text</source>
        <translation>根据文字自动识别</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Repair line breaks and spacing when opening OCR text</source>
        <translation>打开 OCR 文本时修复断行和空格</translation>
    </message>
    <message>
        <source>Page &amp;language:</source>
        <translation>版面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Show spaces and paragraph ends</source>
        <translation>显示空格和段落结束符</translation>
    </message>
    <message>
        <source>&amp;Latin font:</source>
        <translation>西文字体(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;CJK font:</source>
        <translation>中文字体(&amp;C)：</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>字号(&amp;S)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Export format:</source>
        <translation>导出格式(&amp;E)：</translation>
    </message>
    <message>
        <source>Save for &amp;recovery every:</source>
        <translation>自动保存恢复文件的间隔(&amp;R)：</translation>
    </message>
    <message>
        <source>Follow the page&apos;s own habit</source>
        <translation>沿用本版自身的习惯</translation>
    </message>
    <message>
        <source>Keep them as scanned</source>
        <translation>保持扫描原样</translation>
    </message>
    <message>
        <source>Drop them</source>
        <translation>全部删除</translation>
    </message>
    <message>
        <source>Put one everywhere (中文 English)</source>
        <translation>一律加空格（中文 English）</translation>
    </message>
    <message>
        <source>&amp;Spaces between CJK and Latin text:</source>
        <translation>中西文之间的空格(&amp;S)：</translation>
    </message>
    <message>
        <source>These apply to pages opened from now on.</source>
        <translation>这些设置对此后打开的版面生效。</translation>
    </message>
</context>
<context>
    <name>galley::RecentFiles</name>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
</context>
<context>
    <name>galley::ReviewController</name>
    <message>
        <source>&amp;Next Uncertain Decision</source>
        <translation>下一项待定决定(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Uncertain Decision</source>
        <translation>上一项待定决定(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Flip Decision</source>
        <translation>反转决定(&amp;F)</translation>
    </message>
    <message>
        <source>Change the decision at the cursor: join ↔ break, drop ↔ keep space</source>
        <translation>改变光标处的决定：接行 ↔ 断行，删除空格 ↔ 保留空格</translation>
    </message>
    <message>
        <source>%1 (%2% sure): %3</source>
        <translation>%1（把握 %2%）：%3</translation>
    </message>
    <message>
        <source>No decision selected: press F8 to go to one</source>
        <translation>未选中决定：按 F8 跳到下一项</translation>
    </message>
    <message>
        <source>Flip Decision to “%1”</source>
        <translation>将决定反转为“%1”</translation>
    </message>
    <message>
        <source>Cannot Flip the Decision</source>
        <translation>无法反转该决定</translation>
    </message>
</context>
<context>
    <name>galley::SourcePane</name>
    <message>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>join</source>
        <translation>接行</translation>
    </message>
    <message>
        <source>join with a space</source>
        <translation>以空格接行</translation>
    </message>
    <message>
        <source>remove the hyphen and join</source>
        <translation>去掉连字符并接行</translation>
    </message>
    <message>
        <source>paragraph break</source>
        <translation>分段</translation>
    </message>
    <message>
        <source>display line break</source>
        <translation>标题行分隔</translation>
    </message>
    <message>
        <source>drop the space</source>
        <translation>删除空格</translation>
    </message>
    <message>
        <source>keep the space</source>
        <translation>保留空格</translation>
    </message>
    <message>
        <source>insert a space</source>
        <translation>插入空格</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;rule &lt;tt&gt;%3&lt;/tt&gt;, %4% sure</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;规则 &lt;tt&gt;%3&lt;/tt&gt;，把握 %4%</translation>
    </message>
    <message>
        <source>&lt;br&gt;Flipped by hand; the rule proposed: %1</source>
        <translation>&lt;br&gt;已手动反转；规则原先建议：%1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Click or press Space to make it: %1</source>
        <translation>&lt;br&gt;单击或按空格键改为：%1</translation>
    </message>
    <message>
        <source>OCR was unsure of this word</source>
        <translation>OCR 对此词没有把握</translation>
    </message>
</context>
<context>
    <name>galley::StructureActions</name>
    <message>
        <source>&amp;Join with Next Paragraph</source>
        <translation>与下一段合并(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Split Paragraph at Cursor</source>
        <translation>在光标处拆分段落(&amp;S)</translation>
    </message>
    <message>
        <source>Split &amp;Article at Cursor</source>
        <translation>在光标处拆分文章(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Merge Article with Next</source>
        <translation>与下一篇文章合并(&amp;M)</translation>
    </message>
    <message>
        <source>Move Article &amp;Up</source>
        <translation>上移文章(&amp;U)</translation>
    </message>
    <message>
        <source>Move Article &amp;Down</source>
        <translation>下移文章(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete Article</source>
        <translation>删除文章(&amp;L)</translation>
    </message>
    <message>
        <source>Make Selection the &amp;Headline</source>
        <translation>将所选文字设为标题(&amp;H)</translation>
    </message>
    <message>
        <source>Make Selection the D&amp;eck</source>
        <translation>将所选文字设为副标题(&amp;E)</translation>
    </message>
    <message>
        <source>S&amp;wap Headline and Deck</source>
        <translation>互换标题和副标题(&amp;W)</translation>
    </message>
    <message>
        <source>Join Paragraphs</source>
        <translation>合并段落</translation>
    </message>
    <message>
        <source>Split Paragraph</source>
        <translation>拆分段落</translation>
    </message>
    <message>
        <source>Make Headline</source>
        <translation>设为标题</translation>
    </message>
    <message>
        <source>Make Deck</source>
        <translation>设为副标题</translation>
    </message>
    <message>
        <source>Make Selection the &amp;Kicker</source>
        <translation>将所选文字设为引题(&amp;K)</translation>
    </message>
    <message>
        <source>Move Kicker, Headline or Deck to &amp;Another Article…</source>
        <translation>将引题、标题或副标题移到其他文章(&amp;A)…</translation>
    </message>
    <message>
        <source>Make Kicker</source>
        <translation>设为引题</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Repair the OCR text of a scanned newspaper page into article-structured copy.</source>
        <translation>把报纸扫描页的 OCR 文字修复成按文章整理的文稿。</translation>
    </message>
    <message>
        <source>The OCR text or Galley project to open.</source>
        <translation>要打开的 OCR 文本或 Galley 项目。</translation>
    </message>
</context>
</TS>
