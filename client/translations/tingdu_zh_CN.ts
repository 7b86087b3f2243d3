<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ErrorText</name>
    <message>
        <source>“%1” was not found. Check the name and the folder.</source>
        <translation>找不到“%1”。请检查名称和文件夹。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>无法读取“%1”：没有权限。</translation>
    </message>
    <message>
        <source>“%1” is empty; there is nothing to open.</source>
        <translation>“%1”是空的，没有可以打开的内容。</translation>
    </message>
    <message>
        <source>“%1” is not a book or audio format Tingdu can open.</source>
        <translation>“%1”不是听读能打开的图书或音频格式。</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened completely.</source>
        <translation>“%1”已损坏，无法完整打开。</translation>
    </message>
    <message>
        <source>“%1” is protected by DRM and cannot be opened here.</source>
        <translation>“%1”受 DRM 保护，无法在这里打开。</translation>
    </message>
    <message>
        <source>“%1” is larger than Tingdu allows for safety.</source>
        <translation>出于安全考虑，“%1”超出了听读允许的大小。</translation>
    </message>
    <message>
        <source>“%1” contains unsafe content and was not opened.</source>
        <translation>“%1”含有不安全的内容，未打开。</translation>
    </message>
    <message>
        <source>Could not reach the server for “%1”. Check the connection and try again.</source>
        <translation>无法连接“%1”的服务器。请检查网络后重试。</translation>
    </message>
    <message>
        <source>The server for “%1” did not prove its identity; the connection was refused.</source>
        <translation>“%1”的服务器未能证明其身份，已拒绝连接。</translation>
    </message>
    <message>
        <source>The server refused access to “%1”. Sign in again.</source>
        <translation>服务器拒绝访问“%1”。请重新登录。</translation>
    </message>
    <message>
        <source>Reading or writing “%1” failed. Check the disk.</source>
        <translation>读写“%1”失败。请检查磁盘。</translation>
    </message>
    <message>
        <source>Opening “%1” was cancelled.</source>
        <translation>已取消打开“%1”。</translation>
    </message>
    <message>
        <source>Something went wrong with “%1”.</source>
        <translation>处理“%1”时出错。</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>High contrast dark</source>
        <translation>高对比度深色</translation>
    </message>
    <message>
        <source>High contrast light</source>
        <translation>高对比度浅色</translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <translation>黑底黄字</translation>
    </message>
</context>
<context>
    <name>tingdu-cli</name>
    <message>
        <source>“%1” is not available in this build yet</source>
        <translation>此版本尚不支持“%1”</translation>
    </message>
    <message>
        <source>Run “tingdu-cli --help” for the commands.</source>
        <translation>运行“tingdu-cli --help”查看命令。</translation>
    </message>
    <message>
        <source>“play” is not available in this build yet</source>
        <translation>此版本尚不支持“play”</translation>
    </message>
    <message>
        <source>“text” is not available in this build yet</source>
        <translation>此版本尚不支持“text”</translation>
    </message>
    <message>
        <source>info PATH [--json]           what a book or audio file is: format, title, structure</source>
        <translation>info 路径 [--json]           图书或音频文件的信息：格式、书名、结构</translation>
    </message>
    <message>
        <source>text BOOK [--chapter N]      the spoken text in reading order</source>
        <translation>text 图书 [--chapter N]      按阅读顺序输出朗读文本</translation>
    </message>
    <message>
        <source>play SRC --out FILE.wav      write what the listener would hear</source>
        <translation>play 来源 --out 文件.wav      写出听者会听到的声音</translation>
    </message>
    <message>
        <source>speak (BOOK | --text T) --out FILE.wav   read aloud with eSpeak NG</source>
        <translation>speak (图书 | --text 文字) --out 文件.wav   用 eSpeak NG 朗读</translation>
    </message>
    <message>
        <source>voices [--json]              the voices and their languages</source>
        <translation>voices [--json]              语音及其语言</translation>
    </message>
    <message>
        <source>export-audio BOOK OUT.m4b    turn an e-book into an audiobook</source>
        <translation>export-audio 图书 输出.m4b    把电子书转换成有声书</translation>
    </message>
    <message>
        <source>catalog URL [--search Q]     browse an OPDS catalog</source>
        <translation>catalog 网址 [--search 关键词]     浏览 OPDS 书目</translation>
    </message>
    <message>
        <source>borrow URL                   borrow a book</source>
        <translation>borrow 网址                  借书</translation>
    </message>
    <message>
        <source>return URL                   return a loan</source>
        <translation>return 网址                  还书</translation>
    </message>
    <message>
        <source>renew URL                    renew a loan</source>
        <translation>renew 网址                   续借</translation>
    </message>
    <message>
        <source>hold URL                     place a hold</source>
        <translation>hold 网址                    预约</translation>
    </message>
    <message>
        <source>cancel-hold URL              cancel a hold</source>
        <translation>cancel-hold 网址             取消预约</translation>
    </message>
    <message>
        <source>loans URL                    current loans and holds</source>
        <translation>loans 网址                   当前借阅和预约</translation>
    </message>
    <message>
        <source>libraries URL                where a loan can be returned</source>
        <translation>libraries 网址               可以还书的图书馆</translation>
    </message>
    <message>
        <source>deliver URL                  request home delivery or pickup</source>
        <translation>deliver 网址                 申请送书上门或到馆自取</translation>
    </message>
    <message>
        <source>Usage: tingdu-cli [--lang zh_CN|en] COMMAND [ARGS]</source>
        <translation>用法：tingdu-cli [--lang zh_CN|en] 命令 [参数]</translation>
    </message>
    <message>
        <source>Tingdu (听读) without a window: JSON or text on standard output, messages on standard error.</source>
        <translation>无窗口的听读：JSON 或文本输出到标准输出，提示信息输出到标准错误。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>print this help</source>
        <translation>显示本帮助</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>书名：</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <source>Narrator:</source>
        <translation>朗读者：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Reading order:</source>
        <translation>阅读顺序：</translation>
    </message>
    <message>
        <source>Table of contents:</source>
        <translation>目录：</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>页数：</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>info: unknown option “%1”</source>
        <translation>info：未知选项“%1”</translation>
    </message>
    <message>
        <source>info takes one PATH</source>
        <translation>info 只接受一个路径</translation>
    </message>
    <message>
        <source>info needs a PATH</source>
        <translation>info 需要一个路径</translation>
    </message>
</context>
<context>
    <name>tingdu::client::CatalogPlace</name>
    <message>
        <source>&amp;Libraries</source>
        <translation>图书馆(&amp;L)</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>图书馆</translation>
    </message>
    <message>
        <source>Tingdu guide (offline)</source>
        <translation>听读指南（离线）</translation>
    </message>
    <message>
        <source>Catalog address</source>
        <translation>书目地址</translation>
    </message>
    <message>
        <source>Catalog &amp;address:</source>
        <translation>书目地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>书目</translation>
    </message>
</context>
<context>
    <name>tingdu::client::MainWindow</name>
    <message>
        <source>Tingdu</source>
        <translation>听读</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Tingdu</source>
        <translation>关于听读(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+1 Shelf, Ctrl+2 Catalog, Ctrl+3 Reader, Ctrl+4 Player, Ctrl+5 Settings. Tab and Shift+Tab move between controls; F1 shows these keys; Ctrl+Q quits.</source>
        <translation>Ctrl+1 书架，Ctrl+2 书目，Ctrl+3 阅读，Ctrl+4 播放，Ctrl+5 设置。Tab 和 Shift+Tab 在控件之间移动；F1 显示这些按键；Ctrl+Q 退出。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About Tingdu</source>
        <translation>关于听读</translation>
    </message>
    <message>
        <source>Tingdu %1 — listen and read library books.</source>
        <translation>听读 %1 —— 收听和阅读图书馆的书。</translation>
    </message>
</context>
<context>
    <name>tingdu::client::PlayerPlace</name>
    <message>
        <source>Nothing is playing. Open an audiobook from the Shelf.</source>
        <translation>没有正在播放的内容。请从书架打开一本有声书。</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>播放</translation>
    </message>
</context>
<context>
    <name>tingdu::client::ReaderPlace</name>
    <message>
        <source>Book text</source>
        <translation>图书正文</translation>
    </message>
    <message>
        <source>No book is open. Open one from the Shelf (Ctrl+1).</source>
        <translation>没有打开的图书。请从书架（Ctrl+1）打开一本。</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>阅读</translation>
    </message>
</context>
<context>
    <name>tingdu::client::SettingsPlace</name>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>文字大小(&amp;S)：</translation>
    </message>
    <message>
        <source>Theme %1, text size %2 points</source>
        <translation>主题 %1，文字大小 %2 磅</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
</context>
<context>
    <name>tingdu::client::ShelfPlace</name>
    <message>
        <source>&amp;Books on your shelf</source>
        <translation>书架上的书(&amp;B)</translation>
    </message>
    <message>
        <source>Books on your shelf</source>
        <translation>书架上的书</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>书架</translation>
    </message>
</context>
</TS>