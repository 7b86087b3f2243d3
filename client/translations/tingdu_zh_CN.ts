<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
    <name>Keyring</name>
    <message>
        <source>Your library card cannot be remembered on this computer: it has no keyring (Secret Service). You are signed in until Tingdu closes.</source>
        <translation>这台电脑没有密钥环（Secret Service），无法记住你的借书证。在关闭听读之前，你会保持登录。</translation>
    </message>
    <message>
        <source>Your library card was not remembered: the keyring stayed locked. You are signed in until Tingdu closes.</source>
        <translation>没有记住你的借书证：密钥环仍处于锁定状态。在关闭听读之前，你会保持登录。</translation>
    </message>
    <message>
        <source>Your library card was not remembered: the keyring did not answer. You are signed in until Tingdu closes.</source>
        <translation>没有记住你的借书证：密钥环没有响应。在关闭听读之前，你会保持登录。</translation>
    </message>
    <message>
        <source>Your library card was not remembered: the keyring reported an error. You are signed in until Tingdu closes.</source>
        <translation>没有记住你的借书证：密钥环报告了错误。在关闭听读之前，你会保持登录。</translation>
    </message>
</context>
<context>
    <name>ReaderPlace</name>
    <message>
        <source>The narration reads page numbers and notes.</source>
        <translation>朗读会读出页码和注释。</translation>
    </message>
    <message>
        <source>The narration skips page numbers and notes.</source>
        <translation>朗读会跳过页码和注释。</translation>
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
        <source>Run “tingdu-cli --help” for the commands.</source>
        <translation>运行“tingdu-cli --help”查看命令。</translation>
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
    <message>
        <source>info PATH|URL [--json]       what a book or audio file is: format, title, structure</source>
        <translation>info 路径|网址 [--json]       图书或音频文件的信息：格式、书名、结构</translation>
    </message>
</context>
<context>
    <name>tingdu::accessibility::qt::SelfVoicing</name>
    <message>
        <source>menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>%1菜单</translation>
    </message>
    <message>
        <source>dialog</source>
        <translation>对话框</translation>
    </message>
    <message>
        <source>password text</source>
        <translation>密码文本</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>已选中</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未选中</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>已展开</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>已折叠</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>button</source>
        <translation>按钮</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>复选框</translation>
    </message>
    <message>
        <source>radio button</source>
        <translation>单选按钮</translation>
    </message>
    <message>
        <source>combo box</source>
        <translation>组合框</translation>
    </message>
    <message>
        <source>edit text</source>
        <translation>编辑框</translation>
    </message>
    <message>
        <source>spin box</source>
        <translation>数值框</translation>
    </message>
    <message>
        <source>slider</source>
        <translation>滑块</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>list item</source>
        <translation>列表项</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>tree</source>
        <translation>树</translation>
    </message>
    <message>
        <source>tree item</source>
        <translation>树节点</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>选项卡</translation>
    </message>
    <message>
        <source>tab list</source>
        <translation>选项卡列表</translation>
    </message>
    <message>
        <source>menu item</source>
        <translation>菜单项</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>progress bar</source>
        <translation>进度条</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>tingdu::cli</name>
    <message>
        <source>%1: unknown option “%2”</source>
        <translation>%1：未知选项“%2”</translation>
    </message>
    <message>
        <source>%1 takes one URL</source>
        <translation>%1 只接受一个网址</translation>
    </message>
    <message>
        <source>%1: option “%2” needs a valid value</source>
        <translation>%1：选项“%2”需要一个有效的值</translation>
    </message>
    <message>
        <source>%1 needs a URL</source>
        <translation>%1 需要一个网址</translation>
    </message>
    <message>
        <source>until</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Offline: showing the copy saved earlier.</source>
        <translation>离线：显示之前保存的副本。</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Next page:</source>
        <translation>下一页：</translation>
    </message>
    <message>
        <source>Read it at:</source>
        <translation>阅读地址：</translation>
    </message>
    <message>
        <source>Borrowed.</source>
        <translation>已借阅。</translation>
    </message>
    <message>
        <source>On loan (renewed if it was already yours).</source>
        <translation>已借阅（如果原本就是你借的，已续借）。</translation>
    </message>
    <message>
        <source>On hold: you are number %1 in the queue.</source>
        <translation>已预约：你排在第 %1 位。</translation>
    </message>
    <message>
        <source>Your hold is ready to borrow.</source>
        <translation>你预约的书可以借阅了。</translation>
    </message>
    <message>
        <source>Returned.</source>
        <translation>已还书。</translation>
    </message>
    <message>
        <source>Hold cancelled.</source>
        <translation>已取消预约。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>The catalog has only %1 page(s).</source>
        <translation>书目只有 %1 页。</translation>
    </message>
    <message>
        <source>libraries: --near takes LATITUDE,LONGITUDE</source>
        <translation>libraries：--near 需要“纬度,经度”</translation>
    </message>
    <message>
        <source>deliver needs either --home ADDRESS or --pickup LIBRARY (or --status URL)</source>
        <translation>deliver 需要 --home 地址 或 --pickup 图书馆（或 --status 网址）</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>申请 %1：%2</translation>
    </message>
    <message>
        <source>Follow it with: tingdu-cli deliver --status %1</source>
        <translation>查看进度：tingdu-cli deliver --status %1</translation>
    </message>
    <message>
        <source>play takes one SRC</source>
        <translation>play 只接受一个来源</translation>
    </message>
    <message>
        <source>play: option “%1” needs a value</source>
        <translation>play：选项“%1”需要一个值</translation>
    </message>
    <message>
        <source>play: --speed must be a number from 0.5 to 3.0</source>
        <translation>play：--speed 必须是 0.5 到 3.0 之间的数字</translation>
    </message>
    <message>
        <source>play: --volume must be a number from 0 to 1</source>
        <translation>play：--volume 必须是 0 到 1 之间的数字</translation>
    </message>
    <message>
        <source>play: --start must be a number of seconds</source>
        <translation>play：--start 必须是秒数</translation>
    </message>
    <message>
        <source>play: --duration must be a positive number of seconds</source>
        <translation>play：--duration 必须是正的秒数</translation>
    </message>
    <message>
        <source>play: --chapter must be a chapter number (1 is the first)</source>
        <translation>play：--chapter 必须是章节号（1 表示第一章）</translation>
    </message>
    <message>
        <source>play: --header must look like “Name: value”</source>
        <translation>play：--header 的格式必须是“Name: value”</translation>
    </message>
    <message>
        <source>play: unknown option “%1”</source>
        <translation>play：未知选项“%1”</translation>
    </message>
    <message>
        <source>play needs a SRC (a book, an audio file or an http(s) URL)</source>
        <translation>play 需要一个来源（图书、音频文件或 http(s) 网址）</translation>
    </message>
    <message>
        <source>play needs --out FILE.wav</source>
        <translation>play 需要 --out 文件.wav</translation>
    </message>
    <message>
        <source>play: use --chapter or --page, not both</source>
        <translation>play：--chapter 和 --page 只能用一个</translation>
    </message>
    <message>
        <source>the book has %1 chapters with audio; there is no chapter %2</source>
        <translation>这本书有 %1 个带音频的章节，没有第 %2 章</translation>
    </message>
    <message>
        <source>the book has no page “%1” with audio</source>
        <translation>这本书没有带音频的“%1”页</translation>
    </message>
    <message>
        <source>%1: --rate must be 80 to 500 words per minute</source>
        <translation>%1：--rate 必须是每分钟 80 到 500 字</translation>
    </message>
    <message>
        <source>speak takes one BOOK</source>
        <translation>speak 只接受一本书</translation>
    </message>
    <message>
        <source>speak: option “%1” needs a value</source>
        <translation>speak：选项“%1”需要一个值</translation>
    </message>
    <message>
        <source>speak: --seconds must be a positive number</source>
        <translation>speak：--seconds 必须是正数</translation>
    </message>
    <message>
        <source>speak: unknown option “%1”</source>
        <translation>speak：未知选项“%1”</translation>
    </message>
    <message>
        <source>speak needs a BOOK or --text, not both</source>
        <translation>speak 需要一本书或 --text，二者只能选一个</translation>
    </message>
    <message>
        <source>speak needs --out FILE.wav (or --phonemes)</source>
        <translation>speak 需要 --out 文件.wav（或 --phonemes）</translation>
    </message>
    <message>
        <source>“%1” has no text to read aloud</source>
        <translation>“%1”没有可朗读的文字</translation>
    </message>
    <message>
        <source>voices: unknown option “%1”</source>
        <translation>voices：未知选项“%1”</translation>
    </message>
    <message>
        <source>export-audio: option “%1” needs a value</source>
        <translation>export-audio：选项“%1”需要一个值</translation>
    </message>
    <message>
        <source>export-audio: --jobs must be a positive number</source>
        <translation>export-audio：--jobs 必须是正数</translation>
    </message>
    <message>
        <source>export-audio: unknown option “%1”</source>
        <translation>export-audio：未知选项“%1”</translation>
    </message>
    <message>
        <source>export-audio needs BOOK and OUT.m4b (or OUT.mp3)</source>
        <translation>export-audio 需要图书和 输出.m4b（或 输出.mp3）</translation>
    </message>
    <message>
        <source>export-audio --worker BOOK CHAPTER PIECE</source>
        <translation>export-audio --worker 图书 章节 片段</translation>
    </message>
    <message>
        <source>the book has no chapter %1</source>
        <translation>这本书没有第 %1 章</translation>
    </message>
    <message>
        <source>Encoding the audiobook with %1 chapters…</source>
        <translation>正在编码有 %1 个章节的有声书…</translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 chapters were finished earlier</source>
        <translation>继续：%2 个章节中已有 %1 个此前完成</translation>
    </message>
    <message>
        <source>Speaking %1 chapters…</source>
        <translation>正在朗读 %1 个章节…</translation>
    </message>
    <message>
        <source>[%1%] chapter %2 of %3 done: %4</source>
        <translation>[%1%] 第 %2 章（共 %3 章）完成：%4</translation>
    </message>
    <message>
        <source>Wrote %1: %2 chapters, %3 minutes</source>
        <translation>已写入 %1：%2 个章节，%3 分钟</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>image without description</source>
        <translation>无描述的图片</translation>
    </message>
    <message>
        <source>image: %1</source>
        <translation>图片：%1</translation>
    </message>
    <message>
        <source>note</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>text: --chapter needs a number from 1</source>
        <translation>text：--chapter 需要从 1 开始的数字</translation>
    </message>
    <message>
        <source>text: unknown option “%1”</source>
        <translation>text：未知选项“%1”</translation>
    </message>
    <message>
        <source>text takes one BOOK</source>
        <translation>text 只接受一本书</translation>
    </message>
    <message>
        <source>text needs a BOOK</source>
        <translation>text 需要一本书</translation>
    </message>
    <message>
        <source>%1 has no text to read; it is audio only</source>
        <translation>%1 没有可读的文字，只有音频</translation>
    </message>
    <message>
        <source>%1 has %2 chapters in its reading order</source>
        <translation>%1 的阅读顺序中有 %2 个章节</translation>
    </message>
    <message>
        <source>%1: --voice-for takes LANGUAGE=VOICE, such as en=en-gb</source>
        <translation>%1：--voice-for 的格式为 语言=嗓音，例如 en=en-gb</translation>
    </message>
</context>
<context>
    <name>tingdu::client</name>
    <message>
        <source>[Image without description]</source>
        <translation>[无描述的图片]</translation>
    </message>
    <message>
        <source>[Image: %1]</source>
        <translation>[图片：%1]</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>The library at %1 cannot be reached. Check the connection and try again.</source>
        <translation>无法连接 %1 的图书馆。请检查网络后重试。</translation>
    </message>
    <message>
        <source>The address %1 was not found. Check the catalog address.</source>
        <translation>找不到地址 %1。请检查书目地址。</translation>
    </message>
    <message>
        <source>The library at %1 did not answer in time. Try again later.</source>
        <translation>%1 的图书馆没有及时响应。请稍后重试。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost. Try again.</source>
        <translation>与 %1 的连接已断开。请重试。</translation>
    </message>
    <message>
        <source>The library at %1 did not prove its identity; Tingdu refused the connection.</source>
        <translation>%1 的图书馆未能证明其身份，听读已拒绝连接。</translation>
    </message>
    <message>
        <source>The library refused this request.</source>
        <translation>图书馆拒绝了这个请求。</translation>
    </message>
    <message>
        <source>The library has no such page: %1.</source>
        <translation>图书馆没有这个页面：%1。</translation>
    </message>
    <message>
        <source>The library&apos;s server has a problem. Try again later.</source>
        <translation>图书馆的服务器出了问题。请稍后重试。</translation>
    </message>
    <message>
        <source>The library refused the request.</source>
        <translation>图书馆拒绝了请求。</translation>
    </message>
    <message>
        <source>The library says: %1</source>
        <translation>图书馆提示：%1</translation>
    </message>
    <message>
        <source>The page from %1 is not a catalog Tingdu can read.</source>
        <translation>来自 %1 的页面不是听读能读取的书目。</translation>
    </message>
    <message>
        <source>The library tried to switch to an unencrypted connection; Tingdu refused.</source>
        <translation>图书馆试图切换到未加密的连接，听读已拒绝。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The download was damaged on the way; try downloading again.</source>
        <translation>下载的内容在传输中损坏，请重新下载。</translation>
    </message>
    <message>
        <source>Writing the book to disk failed. Check the free space.</source>
        <translation>图书写入磁盘失败。请检查剩余空间。</translation>
    </message>
    <message>
        <source>The shelf database failed; the change was not saved.</source>
        <translation>书架数据库出错，更改未保存。</translation>
    </message>
    <message>
        <source>Something went wrong with %1: %2</source>
        <translation>处理 %1 时出错：%2</translation>
    </message>
    <message>
        <source>Available to borrow: %1 of %2 copies.</source>
        <translation>可借阅：共 %2 册，可借 %1 册。</translation>
    </message>
    <message>
        <source>Available to borrow.</source>
        <translation>可借阅。</translation>
    </message>
    <message>
        <source>All copies are out; you can place a hold.</source>
        <translation>所有副本都已借出，你可以预约。</translation>
    </message>
    <message>
        <source>On hold for you, number %1 in the queue.</source>
        <translation>已为你预约，排在第 %1 位。</translation>
    </message>
    <message>
        <source>On hold for you.</source>
        <translation>已为你预约。</translation>
    </message>
    <message>
        <source>Your hold is ready to borrow.</source>
        <translation>你预约的书可以借阅了。</translation>
    </message>
    <message>
        <source>On loan to you.</source>
        <translation>已借给你。</translation>
    </message>
    <message>
        <source>On loan to you until %1.</source>
        <translation>已借给你，%1 到期。</translation>
    </message>
    <message>
        <source>Free to download.</source>
        <translation>可免费下载。</translation>
    </message>
    <message>
        <source>Sign-in failed: the library did not accept the card number or PIN; check them and sign in again.</source>
        <translation>登录失败：图书馆不接受这个借书证号或密码；请检查后重新登录。</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Mandarin Chinese</source>
        <translation>普通话</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>粤语</translation>
    </message>
</context>
<context>
    <name>tingdu::client::BookmarksDialog</name>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>&amp;Bookmarks in this book</source>
        <translation>本书的书签(&amp;B)</translation>
    </message>
    <message>
        <source>Bookmarks in this book</source>
        <translation>本书的书签</translation>
    </message>
    <message>
        <source>&amp;Go to bookmark</source>
        <translation>转到书签(&amp;G)</translation>
    </message>
    <message>
        <source>Edit &amp;note…</source>
        <translation>编辑备注(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete bookmark</source>
        <translation>删除书签(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source> — note: %1</source>
        <translation> — 备注：%1</translation>
    </message>
    <message>
        <source>No bookmarks yet. Ctrl+B in the reader adds one.</source>
        <translation>还没有书签。在阅读中按 Ctrl+B 添加书签。</translation>
    </message>
    <message>
        <source>Bookmark note</source>
        <translation>书签备注</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
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
    <message>
        <source>Section: %1. Press Enter to open it.</source>
        <translation>栏目：%1。按 Enter 打开。</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>未选择任何内容。</translation>
    </message>
    <message>
        <source>By %1.</source>
        <translation>作者：%1。</translation>
    </message>
    <message>
        <source>Accessibility: %1</source>
        <translation>无障碍信息：%1</translation>
    </message>
    <message>
        <source>Publisher: %1.</source>
        <translation>出版者：%1。</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>语言：%1。</translation>
    </message>
    <message>
        <source>Place hold</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>&amp;Borrow</source>
        <translation>借阅(&amp;B)</translation>
    </message>
    <message>
        <source>This library has not asked for a sign-in yet. Open its catalog or loans first.</source>
        <translation>这个图书馆还没有要求登录。请先打开它的书目或借阅列表。</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>登录(&amp;I)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>已登录。</translation>
    </message>
    <message>
        <source>Placing a hold on “%1”…</source>
        <translation>正在预约“%1”…</translation>
    </message>
    <message>
        <source>Borrowing “%1”…</source>
        <translation>正在借阅“%1”…</translation>
    </message>
    <message>
        <source>Hold placed on “%1”.</source>
        <translation>已预约“%1”。</translation>
    </message>
    <message>
        <source>Borrowed “%1”.</source>
        <translation>已借阅“%1”。</translation>
    </message>
    <message>
        <source>Renewing “%1”…</source>
        <translation>正在续借“%1”…</translation>
    </message>
    <message>
        <source>Renewed “%1”.</source>
        <translation>已续借“%1”。</translation>
    </message>
    <message>
        <source>Returning “%1”…</source>
        <translation>正在归还“%1”…</translation>
    </message>
    <message>
        <source>Returned “%1”.</source>
        <translation>已归还“%1”。</translation>
    </message>
    <message>
        <source>“%1” is protected by DRM that Tingdu cannot open.</source>
        <translation>“%1”受听读无法打开的 DRM 保护。</translation>
    </message>
    <message>
        <source>“%1” cannot be downloaded; borrow it first.</source>
        <translation>“%1”无法下载，请先借阅。</translation>
    </message>
    <message>
        <source>Download finished: “%1” is on your shelf.</source>
        <translation>下载完成：“%1”已在你的书架上。</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>正在下载“%1”…</translation>
    </message>
    <message>
        <source>This catalog has no loans page. Open your library&apos;s catalog first.</source>
        <translation>这个书目没有借阅页面。请先打开你的图书馆书目。</translation>
    </message>
    <message>
        <source>Loading your loans…</source>
        <translation>正在加载你的借阅…</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>搜索书目</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Sorting and filtering the library offers for this page</source>
        <translation>图书馆为本页提供的排序和筛选</translation>
    </message>
    <message>
        <source>Fa&amp;cets:</source>
        <translation>筛选条件(&amp;C)：</translation>
    </message>
    <message>
        <source>Choose a library and press Enter.</source>
        <translation>选择一个图书馆，然后按 Enter。</translation>
    </message>
    <message>
        <source>Catalog page</source>
        <translation>书目页面</translation>
    </message>
    <message>
        <source>Books and s&amp;ections</source>
        <translation>图书和栏目(&amp;E)</translation>
    </message>
    <message>
        <source>Books and sections</source>
        <translation>图书和栏目</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Do&amp;wnload</source>
        <translation>下载(&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;new</source>
        <translation>续借(&amp;N)</translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation>还书(&amp;T)</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation>返回(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>下一页(&amp;X)</translation>
    </message>
    <message>
        <source>My l&amp;oans</source>
        <translation>我的借阅(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;ign in…</source>
        <translation>登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>下载进度</translation>
    </message>
    <message>
        <source>%p% downloaded</source>
        <translation>已下载 %p%</translation>
    </message>
    <message>
        <source>Back to the previous catalog page</source>
        <translation>返回上一个书目页面</translation>
    </message>
    <message>
        <source>Next page of results</source>
        <translation>下一页结果</translation>
    </message>
    <message>
        <source>Previous page of results</source>
        <translation>上一页结果</translation>
    </message>
    <message>
        <source>Borrow the selected book</source>
        <translation>借阅所选图书</translation>
    </message>
    <message>
        <source>Download the selected book</source>
        <translation>下载所选图书</translation>
    </message>
    <message>
        <source>My loans</source>
        <translation>我的借阅</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No facet chosen</source>
        <translation>未选择筛选条件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>(offline copy from %1)</source>
        <translation>（%1 的离线副本）</translation>
    </message>
    <message>
        <source>This catalog has no search. Open a library first.</source>
        <translation>这个书目不支持搜索。请先打开一个图书馆。</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>正在搜索“%1”…</translation>
    </message>
</context>
<context>
    <name>tingdu::client::KeyMap</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>tingdu::client::KeymapEditor</name>
    <message>
        <source>&amp;Commands and their keys</source>
        <translation>命令及其按键(&amp;C)</translation>
    </message>
    <message>
        <source>Commands and their keys</source>
        <translation>命令及其按键</translation>
    </message>
    <message>
        <source>New ke&amp;y:</source>
        <translation>新按键(&amp;Y)：</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>新按键</translation>
    </message>
    <message>
        <source>Press the key combination for the selected command; Backspace clears it</source>
        <translation>为所选命令按下组合键；按 Backspace 清除</translation>
    </message>
    <message>
        <source>Assign key</source>
        <translation>指定按键</translation>
    </message>
    <message>
        <source>Clear key</source>
        <translation>清除按键</translation>
    </message>
    <message>
        <source>Reset all keys</source>
        <translation>重置所有按键</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>无按键</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is already the key of another command; choose another key.</source>
        <translation>%1 已是另一个命令的按键，请选择其他按键。</translation>
    </message>
    <message>
        <source>Key removed from %1</source>
        <translation>已移除 %1 的按键</translation>
    </message>
    <message>
        <source>%1 now has the key %2</source>
        <translation>%1 的按键现在是 %2</translation>
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
    <message>
        <source>Last message</source>
        <translation>最近的消息</translation>
    </message>
    <message>
        <source>&amp;Import books…</source>
        <translation>导入图书(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>图书</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>&amp;Keys of this place</source>
        <translation>本页按键(&amp;K)</translation>
    </message>
    <message>
        <source>Keys of the %1</source>
        <translation>%1的按键</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation>已打开“%1”。</translation>
    </message>
    <message>
        <source>“%1” has neither text nor audio Tingdu can present.</source>
        <translation>“%1”既没有听读能呈现的文字，也没有音频。</translation>
    </message>
</context>
<context>
    <name>tingdu::client::Narration</name>
    <message>
        <source>The book&apos;s narration cannot play: %1</source>
        <translation>无法播放本书的真人朗读：%1</translation>
    </message>
    <message>
        <source>The narration is not ready yet.</source>
        <translation>朗读尚未准备好。</translation>
    </message>
</context>
<context>
    <name>tingdu::client::NavPointDialog</name>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
</context>
<context>
    <name>tingdu::client::PlayerEngine</name>
    <message>
        <source>There is no sound output on this computer; the player cannot play.</source>
        <translation>这台电脑没有声音输出，无法播放。</translation>
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
    <message>
        <source>End of the book</source>
        <translation>全书结束</translation>
    </message>
    <message>
        <source>Now playing</source>
        <translation>正在播放</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Seconds into the book; arrow keys move 10 seconds, Page keys a minute</source>
        <translation>在书中的秒数；方向键移动 10 秒，Page 键移动一分钟</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>上一章</translation>
    </message>
    <message>
        <source>Skip back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Skip forward</source>
        <translation>快进</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>下一章</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Sp&amp;eed:</source>
        <translation>速度(&amp;E)：</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>音量(&amp;V)：</translation>
    </message>
    <message>
        <source>Sleep timer</source>
        <translation>睡眠定时</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 分钟</translation>
    </message>
    <message>
        <source>45 minutes</source>
        <translation>45 分钟</translation>
    </message>
    <message>
        <source>60 minutes</source>
        <translation>60 分钟</translation>
    </message>
    <message>
        <source>End of chapter</source>
        <translation>本章结束</translation>
    </message>
    <message>
        <source>S&amp;leep timer:</source>
        <translation>睡眠定时(&amp;L)：</translation>
    </message>
    <message>
        <source>Step by</source>
        <translation>跳转单位</translation>
    </message>
    <message>
        <source>What Alt+Up and Alt+Down move by</source>
        <translation>Alt+Up 和 Alt+Down 每次移动的单位</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Heading level %1</source>
        <translation>%1 级标题</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>短语</translation>
    </message>
    <message>
        <source>Step &amp;by:</source>
        <translation>跳转单位(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Chapters</source>
        <translation>章节(&amp;C)</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Add book&amp;mark…</source>
        <translation>添加书签(&amp;M)…</translation>
    </message>
    <message>
        <source>Bookmar&amp;ks…</source>
        <translation>书签(&amp;K)…</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>加快</translation>
    </message>
    <message>
        <source>Speed %1</source>
        <translation>速度 %1</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>减慢</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>调高音量</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>音量 %1</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>调低音量</translation>
    </message>
    <message>
        <source>Chapter list</source>
        <translation>章节列表</translation>
    </message>
    <message>
        <source>Next heading, page or phrase (as chosen in Step by)</source>
        <translation>下一个标题、页或短语（按跳转单位的选择）</translation>
    </message>
    <message>
        <source>Previous heading, page or phrase</source>
        <translation>上一个标题、页或短语</translation>
    </message>
    <message>
        <source>Go to page…</source>
        <translation>转到页…</translation>
    </message>
    <message>
        <source>Say the position</source>
        <translation>报告位置</translation>
    </message>
    <message>
        <source>Add bookmark…</source>
        <translation>添加书签…</translation>
    </message>
    <message>
        <source>Bookmarks…</source>
        <translation>书签…</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>正在打开“%1”…</translation>
    </message>
    <message>
        <source>starts at %1</source>
        <translation>从 %1 开始</translation>
    </message>
    <message>
        <source>“%1” ready at %2. F5 plays.</source>
        <translation>“%1”已就绪，位置 %2。按 F5 播放。</translation>
    </message>
    <message>
        <source>“%1” ready. F5 plays.</source>
        <translation>“%1”已就绪。按 F5 播放。</translation>
    </message>
    <message>
        <source>Nothing to play. Open an audiobook from the Shelf.</source>
        <translation>没有可播放的内容。请从书架打开一本有声书。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1，共 %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Sleep timer ended; playback paused.</source>
        <translation>睡眠定时结束，已暂停播放。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Chapter: %1</source>
        <translation>章节：%1</translation>
    </message>
    <message>
        <source>No next %1.</source>
        <translation>没有下一个%1。</translation>
    </message>
    <message>
        <source>No previous %1.</source>
        <translation>没有上一个%1。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>转到页</translation>
    </message>
    <message>
        <source>&amp;Page number or label:</source>
        <translation>页码或页标签(&amp;P)：</translation>
    </message>
    <message>
        <source>There is no page %1 in this book.</source>
        <translation>这本书没有第 %1 页。</translation>
    </message>
    <message>
        <source>Sleep timer off</source>
        <translation>睡眠定时已关闭</translation>
    </message>
    <message>
        <source>Sleep timer: %1</source>
        <translation>睡眠定时：%1</translation>
    </message>
    <message>
        <source>Nothing is playing.</source>
        <translation>没有正在播放的内容。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>, page %1</source>
        <translation>，第 %1 页</translation>
    </message>
    <message>
        <source>Add bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <source>&amp;Note for the bookmark (optional):</source>
        <translation>书签备注（可选）(&amp;N)：</translation>
    </message>
    <message>
        <source>Bookmark added: %1</source>
        <translation>已添加书签：%1</translation>
    </message>
    <message>
        <source>playing; starts at %1</source>
        <translation>正在播放；从 %1 开始</translation>
    </message>
    <message>
        <source>Page numbers and notes played or skipped</source>
        <translation>播放或跳过页码和注释</translation>
    </message>
    <message>
        <source>This book has no page numbers or notes to skip.</source>
        <translation>本书没有可跳过的页码或注释。</translation>
    </message>
</context>
<context>
    <name>tingdu::client::ReadAloud</name>
    <message>
        <source>This book has no text to read aloud.</source>
        <translation>这本书没有可朗读的文字。</translation>
    </message>
    <message>
        <source>There is no sound output on this computer; read aloud cannot play.</source>
        <translation>这台电脑没有声音输出，无法朗读。</translation>
    </message>
    <message>
        <source>The speech synthesizer could not start: %1</source>
        <translation>语音合成器无法启动：%1</translation>
    </message>
    <message>
        <source>Heading level {level}</source>
        <translation>{level} 级标题</translation>
    </message>
    <message>
        <source>Page {label}</source>
        <translation>第 {label} 页</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Image without description</source>
        <translation>无描述的图片</translation>
    </message>
    <message>
        <source>Note reference</source>
        <translation>注释引用</translation>
    </message>
    <message>
        <source>List item</source>
        <translation>列表项</translation>
    </message>
    <message>
        <source>Row {row}, column {column}</source>
        <translation>第 {row} 行，第 {column} 列</translation>
    </message>
    <message>
        <source>Column header</source>
        <translation>列标题</translation>
    </message>
    <message>
        <source>End of book</source>
        <translation>全书结束</translation>
    </message>
    <message>
        <source>en</source>
        <comment>BCP 47 language of these announcements</comment>
        <translation>zh</translation>
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
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>The book. Arrow keys move the caret; F1 lists the reading keys.</source>
        <translation>图书正文。方向键移动光标；按 F1 列出阅读按键。</translation>
    </message>
    <message>
        <source>&amp;Read aloud</source>
        <translation>朗读(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;top reading</source>
        <translation>停止朗读(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Contents…</source>
        <translation>目录(&amp;C)…</translation>
    </message>
    <message>
        <source>Go to &amp;page…</source>
        <translation>转到页(&amp;P)…</translation>
    </message>
    <message>
        <source>Book&amp;marks…</source>
        <translation>书签(&amp;M)…</translation>
    </message>
    <message>
        <source>End of book</source>
        <translation>全书结束</translation>
    </message>
    <message>
        <source>Chapter: %1</source>
        <translation>章节：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Read aloud or pause</source>
        <translation>朗读或暂停</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>停止朗读</translation>
    </message>
    <message>
        <source>Next heading</source>
        <translation>下一个标题</translation>
    </message>
    <message>
        <source>Previous heading</source>
        <translation>上一个标题</translation>
    </message>
    <message>
        <source>Next heading of level %1</source>
        <translation>下一个 %1 级标题</translation>
    </message>
    <message>
        <source>Previous heading of level %1</source>
        <translation>上一个 %1 级标题</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>No next page.</source>
        <translation>没有下一页。</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>No previous page.</source>
        <translation>没有上一页。</translation>
    </message>
    <message>
        <source>Go to page…</source>
        <translation>转到页…</translation>
    </message>
    <message>
        <source>Next paragraph</source>
        <translation>下一段</translation>
    </message>
    <message>
        <source>No next paragraph.</source>
        <translation>没有下一段。</translation>
    </message>
    <message>
        <source>Previous paragraph</source>
        <translation>上一段</translation>
    </message>
    <message>
        <source>No previous paragraph.</source>
        <translation>没有上一段。</translation>
    </message>
    <message>
        <source>Next sentence (reading aloud)</source>
        <translation>下一句（朗读时）</translation>
    </message>
    <message>
        <source>Previous sentence (reading aloud)</source>
        <translation>上一句（朗读时）</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>下一章</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>上一章</translation>
    </message>
    <message>
        <source>Table of contents…</source>
        <translation>目录…</translation>
    </message>
    <message>
        <source>Landmarks…</source>
        <translation>地标…</translation>
    </message>
    <message>
        <source>Follow link or footnote</source>
        <translation>打开链接或脚注</translation>
    </message>
    <message>
        <source>Back after a link</source>
        <translation>从链接返回</translation>
    </message>
    <message>
        <source>Add bookmark…</source>
        <translation>添加书签…</translation>
    </message>
    <message>
        <source>Bookmarks…</source>
        <translation>书签…</translation>
    </message>
    <message>
        <source>Search in book…</source>
        <translation>在书中搜索…</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Where am I</source>
        <translation>我在哪里</translation>
    </message>
    <message>
        <source>Highlight the spoken sentence on or off</source>
        <translation>打开或关闭朗读句子高亮</translation>
    </message>
    <message>
        <source>Highlighting on</source>
        <translation>高亮已打开</translation>
    </message>
    <message>
        <source>Highlighting off</source>
        <translation>高亮已关闭</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>正在打开“%1”…</translation>
    </message>
    <message>
        <source>Opened “%1”. %2</source>
        <translation>已打开“%1”。%2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Heading level %1: %2</source>
        <translation>%1 级标题：%2</translation>
    </message>
    <message>
        <source>No more headings.</source>
        <translation>没有更多标题了。</translation>
    </message>
    <message>
        <source>No more headings of level %1.</source>
        <translation>没有更多 %1 级标题了。</translation>
    </message>
    <message>
        <source>This is the last chapter.</source>
        <translation>这是最后一章。</translation>
    </message>
    <message>
        <source>This is the first chapter.</source>
        <translation>这是第一章。</translation>
    </message>
    <message>
        <source>That place is not in the book&apos;s text.</source>
        <translation>该位置不在本书正文中。</translation>
    </message>
    <message>
        <source>There is no link at the caret.</source>
        <translation>光标处没有链接。</translation>
    </message>
    <message>
        <source>Nothing to go back to.</source>
        <translation>没有可返回的位置。</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>转到页</translation>
    </message>
    <message>
        <source>&amp;Page number or label:</source>
        <translation>页码或页标签(&amp;P)：</translation>
    </message>
    <message>
        <source>There is no page %1 in this book.</source>
        <translation>这本书没有第 %1 页。</translation>
    </message>
    <message>
        <source>This book has no landmarks.</source>
        <translation>这本书没有地标。</translation>
    </message>
    <message>
        <source>This book has no table of contents.</source>
        <translation>这本书没有目录。</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>地标</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>&amp;Landmarks</source>
        <translation>地标(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Chapters and sections</source>
        <translation>章节(&amp;C)</translation>
    </message>
    <message>
        <source>, page %1</source>
        <translation>，第 %1 页</translation>
    </message>
    <message>
        <source>Add bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <source>&amp;Note for the bookmark (optional):</source>
        <translation>书签备注（可选）(&amp;N)：</translation>
    </message>
    <message>
        <source>Bookmark added: %1</source>
        <translation>已添加书签：%1</translation>
    </message>
    <message>
        <source>The bookmark could not be saved.</source>
        <translation>无法保存书签。</translation>
    </message>
    <message>
        <source>Search in book</source>
        <translation>在书中搜索</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>“%1” was not found.</source>
        <translation>找不到“%1”。</translation>
    </message>
    <message>
        <source>Found in %1: %2</source>
        <translation>在 %1 中找到：%2</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>第 %1 部分</translation>
    </message>
    <message>
        <source>No book is open.</source>
        <translation>没有打开的图书。</translation>
    </message>
    <message>
        <source>%1, %2, %3 percent through the book.</source>
        <translation>%1，%2，已读全书的百分之 %3。</translation>
    </message>
    <message>
        <source>%1, %2, page %3, %4 percent through the book.</source>
        <translation>%1，%2，第 %3 页，已读全书的百分之 %4。</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>&amp;Pause reading</source>
        <translation>暂停朗读(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Play narration</source>
        <translation>播放朗读(&amp;P)</translation>
    </message>
    <message>
        <source>Faster (narration or voice)</source>
        <translation>加快（朗读或语音）</translation>
    </message>
    <message>
        <source>Slower (narration or voice)</source>
        <translation>减慢（朗读或语音）</translation>
    </message>
    <message>
        <source>The book&apos;s narration or the synthetic voice</source>
        <translation>本书的真人朗读或合成语音</translation>
    </message>
    <message>
        <source>Page numbers and notes in the narration on or off</source>
        <translation>朗读中读出或跳过页码和注释</translation>
    </message>
    <message>
        <source>The narration reads page numbers and notes.</source>
        <translation>朗读会读出页码和注释。</translation>
    </message>
    <message>
        <source>The narration skips page numbers and notes.</source>
        <translation>朗读会跳过页码和注释。</translation>
    </message>
    <message>
        <source>Preparing the narration…</source>
        <translation>正在准备朗读…</translation>
    </message>
    <message>
        <source>The book has no narration from here on.</source>
        <translation>本书从这里往后没有真人朗读。</translation>
    </message>
    <message>
        <source>&amp;Pause narration</source>
        <translation>暂停朗读(&amp;P)</translation>
    </message>
    <message>
        <source>No next sentence.</source>
        <translation>没有下一句。</translation>
    </message>
    <message>
        <source>No previous sentence.</source>
        <translation>没有上一句。</translation>
    </message>
    <message>
        <source>Speed %1×</source>
        <translation>速度 %1 倍</translation>
    </message>
    <message>
        <source>%1 words per minute</source>
        <translation>每分钟 %1 词</translation>
    </message>
    <message>
        <source>This book has no narration; it is read by the synthetic voice.</source>
        <translation>本书没有真人朗读，将由合成语音朗读。</translation>
    </message>
    <message>
        <source>F5 plays the book&apos;s narration.</source>
        <translation>按 F5 播放本书的真人朗读。</translation>
    </message>
    <message>
        <source>F5 reads with the synthetic voice.</source>
        <translation>按 F5 用合成语音朗读。</translation>
    </message>
    <message>
        <source>Please wait a moment: the book&apos;s narration is being prepared.</source>
        <translation>请稍候：正在准备本书的真人朗读。</translation>
    </message>
</context>
<context>
    <name>tingdu::client::Services</name>
    <message>
        <source>The shelf database “%1” could not be opened; books and positions will not be kept.</source>
        <translation>无法打开书架数据库“%1”，图书和阅读位置将不会保存。</translation>
    </message>
</context>
<context>
    <name>tingdu::client::SettingsAccounts</name>
    <message>
        <source>Library accounts</source>
        <translation>图书馆账户</translation>
    </message>
    <message>
        <source>&amp;Library accounts</source>
        <translation>图书馆账户(&amp;L)</translation>
    </message>
    <message>
        <source>Libraries you are signed in to, with the end of the card number</source>
        <translation>你已登录的图书馆，以及借书证号的末几位</translation>
    </message>
    <message>
        <source>Sign &amp;out and forget the card</source>
        <translation>退出登录并忘记借书证(&amp;O)</translation>
    </message>
    <message>
        <source>Signs out of the selected library and removes its card from this computer</source>
        <translation>退出所选图书馆的登录，并从这台电脑上删除其借书证</translation>
    </message>
    <message>
        <source>Sign out of all librar&amp;ies</source>
        <translation>退出所有图书馆的登录(&amp;I)</translation>
    </message>
    <message>
        <source>Accounts status</source>
        <translation>账户状态</translation>
    </message>
    <message>
        <source>At a library station, library cards are kept only during your visit and forgotten when you finish.</source>
        <translation>在图书馆阅读终端上，借书证只在你使用期间保留，结束后即被忘记。</translation>
    </message>
    <message>
        <source>Library cards you sign in with are remembered in this computer&apos;s keyring, never in a file.</source>
        <translation>你登录所用的借书证保存在这台电脑的密钥环中，绝不写入文件。</translation>
    </message>
    <message>
        <source>remembered on this computer</source>
        <translation>已在这台电脑上记住</translation>
    </message>
    <message>
        <source>for this session only</source>
        <translation>仅限本次使用</translation>
    </message>
    <message>
        <source>signed in with a token</source>
        <translation>已用令牌登录</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>借书证 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No library accounts</source>
        <translation>没有图书馆账户</translation>
    </message>
    <message>
        <source>Signed out of %1; its card is forgotten.</source>
        <translation>已退出 %1 的登录；其借书证已被忘记。</translation>
    </message>
    <message>
        <source>Signed out of %1, but the keyring could not delete its card: %2</source>
        <translation>已退出 %1 的登录，但密钥环无法删除其借书证：%2</translation>
    </message>
    <message>
        <source>Signed out of all libraries; their cards are forgotten.</source>
        <translation>已退出所有图书馆的登录；借书证均已被忘记。</translation>
    </message>
    <message numerus="yes">
        <source>Signed out of all libraries, but the keyring could not delete %n card(s).</source>
        <translation>
            <numerusform>已退出所有图书馆的登录，但密钥环无法删除 %n 张借书证。</numerusform>
        </translation>
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
    <message>
        <source>Sectio&amp;ns</source>
        <translation>分类(&amp;N)</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>设置分类</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Speech and audio</source>
        <translation>语音和音频</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Appearance and text</source>
        <translation>外观和文字</translation>
    </message>
    <message>
        <source>Book font</source>
        <translation>图书字体</translation>
    </message>
    <message>
        <source>Boo&amp;k font:</source>
        <translation>图书字体(&amp;K)：</translation>
    </message>
    <message>
        <source>Book text size</source>
        <translation>图书文字大小</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>行距</translation>
    </message>
    <message>
        <source>Letter spacing</source>
        <translation>字距</translation>
    </message>
    <message>
        <source>Book te&amp;xt size:</source>
        <translation>图书文字大小(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>行距(&amp;L)：</translation>
    </message>
    <message>
        <source>L&amp;etter spacing:</source>
        <translation>字距(&amp;E)：</translation>
    </message>
    <message>
        <source>Highl&amp;ight the sentence being read aloud</source>
        <translation>高亮正在朗读的句子(&amp;I)</translation>
    </message>
    <message>
        <source> words per minute</source>
        <translation> 字每分钟</translation>
    </message>
    <message>
        <source>Speech rate</source>
        <translation>语速</translation>
    </message>
    <message>
        <source>Speech &amp;rate:</source>
        <translation>语速(&amp;R)：</translation>
    </message>
    <message>
        <source>Speech pitch</source>
        <translation>音调</translation>
    </message>
    <message>
        <source>Speech &amp;pitch:</source>
        <translation>音调(&amp;P)：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Pause after sentences</source>
        <translation>句后停顿</translation>
    </message>
    <message>
        <source>Pause after se&amp;ntences:</source>
        <translation>句后停顿(&amp;N)：</translation>
    </message>
    <message>
        <source>Pause after paragraphs</source>
        <translation>段后停顿</translation>
    </message>
    <message>
        <source>Pause after p&amp;aragraphs:</source>
        <translation>段后停顿(&amp;A)：</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>V&amp;olume:</source>
        <translation>音量(&amp;O)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Skip back length</source>
        <translation>后退时长</translation>
    </message>
    <message>
        <source>Skip &amp;back:</source>
        <translation>后退(&amp;B)：</translation>
    </message>
    <message>
        <source>Skip forward length</source>
        <translation>快进时长</translation>
    </message>
    <message>
        <source>Skip for&amp;ward:</source>
        <translation>快进(&amp;W)：</translation>
    </message>
    <message>
        <source>Say &quot;heading&quot; before hea&amp;dings when reading aloud</source>
        <translation>朗读时在标题前说“标题”(&amp;D)</translation>
    </message>
    <message>
        <source>Say page n&amp;umbers when reading aloud</source>
        <translation>朗读时读出页码(&amp;U)</translation>
    </message>
    <message>
        <source>Sound output</source>
        <translation>声音输出</translation>
    </message>
    <message>
        <source>Sound output: %1</source>
        <translation>声音输出：%1</translation>
    </message>
    <message>
        <source>&amp;Sound output:</source>
        <translation>声音输出(&amp;S)：</translation>
    </message>
    <message>
        <source>Speak the interface</source>
        <translation>朗读界面</translation>
    </message>
    <message>
        <source>Automatic: when no screen reader runs</source>
        <translation>自动：没有运行屏幕阅读器时</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>总是</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Speak the &amp;interface:</source>
        <translation>朗读界面(&amp;I)：</translation>
    </message>
    <message>
        <source>The system&apos;s default output</source>
        <translation>系统默认输出</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1（未连接）</translation>
    </message>
    <message>
        <source>The sound output %1 is not connected; sound plays on the system&apos;s default output until it is back.</source>
        <translation>声音输出 %1 未连接；在它重新连接之前，声音从系统默认输出播放。</translation>
    </message>
    <message>
        <source>Set by the library</source>
        <translation>由图书馆设定</translation>
    </message>
    <message>
        <source>As the desktop asks (%1)</source>
        <translation>跟随桌面设置（%1）</translation>
    </message>
</context>
<context>
    <name>tingdu::client::ShelfModel</name>
    <message>
        <source>Audiobook</source>
        <translation>有声书</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>在这台电脑上</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>文件丢失</translation>
    </message>
    <message>
        <source>On hold, number %1 in the queue</source>
        <translation>已预约，排在第 %1 位</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Hold ready to borrow until %1</source>
        <translation>预约的书可借阅，%1 截止</translation>
    </message>
    <message>
        <source>On loan until %1, downloaded</source>
        <translation>借阅中，%1 到期，已下载</translation>
    </message>
    <message>
        <source>On loan until %1</source>
        <translation>借阅中，%1 到期</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
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
    <message>
        <source>Fil&amp;ter:</source>
        <translation>筛选(&amp;T)：</translation>
    </message>
    <message>
        <source>Filter books</source>
        <translation>筛选图书</translation>
    </message>
    <message>
        <source>Shows only books whose title, author or state contains this text</source>
        <translation>只显示书名、作者或状态中包含这段文字的图书</translation>
    </message>
    <message>
        <source>Sort &amp;by:</source>
        <translation>排序方式(&amp;B)：</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation>最近添加</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>书名</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>State and due date</source>
        <translation>状态和到期日</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import fol&amp;der…</source>
        <translation>导入文件夹(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Remove from shelf</source>
        <translation>从书架移除(&amp;R)</translation>
    </message>
    <message>
        <source>Open the selected book</source>
        <translation>打开所选图书</translation>
    </message>
    <message>
        <source>Remove the selected book</source>
        <translation>移除所选图书</translation>
    </message>
    <message>
        <source>Import books</source>
        <translation>导入图书</translation>
    </message>
    <message>
        <source>Books and audio (*.epub *.zip *.opf *.html *.json *.lpf *.audiobook *.m3u *.m3u8 *.mp3 *.m4a *.m4b *.ogg *.opus *.flac *.wav);;All files (*)</source>
        <translation>图书和音频 (*.epub *.zip *.opf *.html *.json *.lpf *.audiobook *.m3u *.m3u8 *.mp3 *.m4a *.m4b *.ogg *.opus *.flac *.wav);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n book(s)…</source>
        <translation>
            <numerusform>正在导入 %n 本图书…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a DAISY book or audiobook folder</source>
        <translation>导入 DAISY 图书或有声书文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%n book(s) added to the shelf.</source>
        <translation>
            <numerusform>已将 %n 本图书添加到书架。</numerusform>
        </translation>
    </message>
    <message>
        <source>This loan is not downloaded yet. Download it from the Catalog&apos;s loans list.</source>
        <translation>这本借阅的书还没有下载。请在书目的借阅列表中下载。</translation>
    </message>
    <message>
        <source>“%1” removed from the shelf; the file itself is kept.</source>
        <translation>已从书架移除“%1”，文件本身仍保留。</translation>
    </message>
    <message>
        <source>Enter opens the book; Delete removes it from the shelf; Ctrl+R renews a loan; Ctrl+Shift+R returns it</source>
        <translation>Enter 打开图书；Delete 从书架移除；Ctrl+R 续借；Ctrl+Shift+R 归还</translation>
    </message>
    <message>
        <source>Re&amp;new loan</source>
        <translation>续借(&amp;N)</translation>
    </message>
    <message>
        <source>Asks the library for more time with the selected loan</source>
        <translation>请图书馆延长所选借阅的期限</translation>
    </message>
    <message>
        <source>Ret&amp;urn loan</source>
        <translation>归还(&amp;U)</translation>
    </message>
    <message>
        <source>Gives the selected loan back to the library, or cancels the hold</source>
        <translation>把所选借阅归还给图书馆，或取消预约</translation>
    </message>
    <message>
        <source>Renew the selected loan</source>
        <translation>续借所选图书</translation>
    </message>
    <message>
        <source>Return the selected loan or cancel the hold</source>
        <translation>归还所选图书或取消预约</translation>
    </message>
    <message>
        <source>Canc&amp;el hold</source>
        <translation>取消预约(&amp;E)</translation>
    </message>
    <message>
        <source>“%1” is not on loan from a library.</source>
        <translation>“%1”不是从图书馆借来的。</translation>
    </message>
    <message>
        <source>“%1” is a hold, not a loan: there is nothing to renew yet.</source>
        <translation>“%1”是预约，不是借阅：还没有可续借的内容。</translation>
    </message>
    <message>
        <source>Cancel hold</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Return loan</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>Cancel your hold on “%1”?</source>
        <translation>取消对“%1”的预约？</translation>
    </message>
    <message>
        <source>Return “%1” to the library now? It leaves your loans.</source>
        <translation>现在把“%1”归还给图书馆吗？它将从你的借阅中移除。</translation>
    </message>
    <message>
        <source>Renewing “%1”…</source>
        <translation>正在续借“%1”…</translation>
    </message>
    <message>
        <source>Returning “%1”…</source>
        <translation>正在归还“%1”…</translation>
    </message>
    <message>
        <source>“%1” was not renewed: %2</source>
        <translation>“%1”未能续借：%2</translation>
    </message>
    <message>
        <source>“%1” was not returned: %2</source>
        <translation>“%1”未能归还：%2</translation>
    </message>
    <message>
        <source>Renewed “%1”.</source>
        <translation>已续借“%1”。</translation>
    </message>
    <message>
        <source>Returned “%1”.</source>
        <translation>已归还“%1”。</translation>
    </message>
    <message>
        <source>Renewed “%1”: now due on %2.</source>
        <translation>已续借“%1”：现在的到期日为 %2。</translation>
    </message>
</context>
<context>
    <name>tingdu::client::VoicePerLanguage</name>
    <message>
        <source>Voice language</source>
        <translation>嗓音语言</translation>
    </message>
    <message>
        <source>Choose a language, then the voice that reads it</source>
        <translation>先选择语言，再选择朗读该语言的嗓音</translation>
    </message>
    <message>
        <source>Voice &amp;language:</source>
        <translation>嗓音语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Voice for this language</source>
        <translation>此语言的嗓音</translation>
    </message>
    <message>
        <source>&amp;Voice for this language:</source>
        <translation>此语言的嗓音(&amp;V)：</translation>
    </message>
    <message>
        <source>No voices: the speech synthesizer could not start</source>
        <translation>没有可用的嗓音：语音合成器无法启动</translation>
    </message>
    <message>
        <source>Chosen by Tingdu</source>
        <translation>由听读选择</translation>
    </message>
    <message>
        <source>Chosen by Tingdu: %1</source>
        <translation>由听读选择：%1</translation>
    </message>
    <message>
        <source>Set by the library</source>
        <translation>由图书馆设定</translation>
    </message>
</context>
<context>
    <name>tingdu::station::AdminPinDialog</name>
    <message>
        <source>Station administrator</source>
        <translation>阅读站管理员</translation>
    </message>
    <message>
        <source>Administrator PIN</source>
        <translation>管理员密码</translation>
    </message>
    <message>
        <source>Administrator &amp;PIN:</source>
        <translation>管理员密码(&amp;P)：</translation>
    </message>
    <message>
        <source>No administrator PIN is set in the station configuration.</source>
        <translation>阅读站配置中没有设置管理员密码。</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>&amp;Leave station mode</source>
        <translation>退出阅读站模式(&amp;L)</translation>
    </message>
    <message>
        <source>That PIN is not right. The station stays as it is.</source>
        <translation>密码不正确。阅读站保持不变。</translation>
    </message>
</context>
<context>
    <name>tingdu::station::StationShell</name>
    <message>
        <source>Tingdu</source>
        <translation>听读</translation>
    </message>
    <message>
        <source>Session notice</source>
        <translation>会话提示</translation>
    </message>
    <message>
        <source>The session ended because no key was pressed for a while; everything of it was cleared.</source>
        <translation>由于一段时间没有按键，会话已结束，所有内容都已清除。</translation>
    </message>
    <message numerus="yes">
        <source>Your session ends in %n second(s). Press any key to keep it.</source>
        <translation>
            <numerusform>你的会话将在 %n 秒后结束。按任意键继续使用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session continues.</source>
        <translation>会话继续。</translation>
    </message>
    <message>
        <source>Your session is finished and everything of it was cleared. Thank you.</source>
        <translation>你的会话已结束，所有内容都已清除。谢谢使用。</translation>
    </message>
    <message>
        <source>Press F12 again to finish your session and clear everything of yours.</source>
        <translation>再按一次 F12 结束会话并清除你的所有内容。</translation>
    </message>
    <message>
        <source>Files cannot be opened from this computer at a library station.</source>
        <translation>在图书馆阅读站上不能从这台电脑打开文件。</translation>
    </message>
    <message>
        <source>Only the library staff can close the station.</source>
        <translation>只有图书馆工作人员可以关闭阅读站。</translation>
    </message>
</context>
<context>
    <name>tingdu::station::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Welcome to the library&apos;s listening and reading station</source>
        <translation>欢迎使用图书馆的听读阅读站</translation>
    </message>
    <message numerus="yes">
        <source>Press Tab to move from button to button and Enter to press one. Press Start to borrow, read and listen to books. In every place, F1 tells you its keys. When you have finished, press F12 twice: everything of yours is cleared for the next visitor. After %n minute(s) without a key press your session ends by itself.</source>
        <translation>
            <numerusform>按 Tab 在按钮之间移动，按 Enter 按下按钮。按“开始”借阅、阅读和收听图书。在任何页面，按 F1 都能听到该页的按键。使用完毕后，按两次 F12：你的所有内容都会被清除，留给下一位读者。如果 %n 分钟没有按键，会话会自动结束。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Hear the instructions again</source>
        <translation>再听一遍说明(&amp;H)</translation>
    </message>
</context>
</TS>
