<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ErrorText</name>
    <message>
        <source>“%1” was not found. Check the name and the folder.</source>
        <translation>“%1” was not found. Check the name and the folder.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>“%1” cannot be read: permission denied.</translation>
    </message>
    <message>
        <source>“%1” is empty; there is nothing to open.</source>
        <translation>“%1” is empty; there is nothing to open.</translation>
    </message>
    <message>
        <source>“%1” is not a book or audio format Tingdu can open.</source>
        <translation>“%1” is not a book or audio format Tingdu can open.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened completely.</source>
        <translation>“%1” is damaged and cannot be opened completely.</translation>
    </message>
    <message>
        <source>“%1” is protected by DRM and cannot be opened here.</source>
        <translation>“%1” is protected by DRM and cannot be opened here.</translation>
    </message>
    <message>
        <source>“%1” is larger than Tingdu allows for safety.</source>
        <translation>“%1” is larger than Tingdu allows for safety.</translation>
    </message>
    <message>
        <source>“%1” contains unsafe content and was not opened.</source>
        <translation>“%1” contains unsafe content and was not opened.</translation>
    </message>
    <message>
        <source>Could not reach the server for “%1”. Check the connection and try again.</source>
        <translation>Could not reach the server for “%1”. Check the connection and try again.</translation>
    </message>
    <message>
        <source>The server for “%1” did not prove its identity; the connection was refused.</source>
        <translation>The server for “%1” did not prove its identity; the connection was refused.</translation>
    </message>
    <message>
        <source>The server refused access to “%1”. Sign in again.</source>
        <translation>The server refused access to “%1”. Sign in again.</translation>
    </message>
    <message>
        <source>Reading or writing “%1” failed. Check the disk.</source>
        <translation>Reading or writing “%1” failed. Check the disk.</translation>
    </message>
    <message>
        <source>Opening “%1” was cancelled.</source>
        <translation>Opening “%1” was cancelled.</translation>
    </message>
    <message>
        <source>Something went wrong with “%1”.</source>
        <translation>Something went wrong with “%1”.</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>High contrast dark</source>
        <translation>High contrast dark</translation>
    </message>
    <message>
        <source>High contrast light</source>
        <translation>High contrast light</translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <translation>Yellow on black</translation>
    </message>
</context>
<context>
    <name>tingdu-cli</name>
    <message>
        <source>“%1” is not available in this build yet</source>
        <translation>“%1” is not available in this build yet</translation>
    </message>
    <message>
        <source>Run “tingdu-cli --help” for the commands.</source>
        <translation>Run “tingdu-cli --help” for the commands.</translation>
    </message>
    <message>
        <source>“play” is not available in this build yet</source>
        <translation>“play” is not available in this build yet</translation>
    </message>
    <message>
        <source>“text” is not available in this build yet</source>
        <translation>“text” is not available in this build yet</translation>
    </message>
    <message>
        <source>info PATH [--json]           what a book or audio file is: format, title, structure</source>
        <translation>info PATH [--json]           what a book or audio file is: format, title, structure</translation>
    </message>
    <message>
        <source>text BOOK [--chapter N]      the spoken text in reading order</source>
        <translation>text BOOK [--chapter N]      the spoken text in reading order</translation>
    </message>
    <message>
        <source>play SRC --out FILE.wav      write what the listener would hear</source>
        <translation>play SRC --out FILE.wav      write what the listener would hear</translation>
    </message>
    <message>
        <source>speak (BOOK | --text T) --out FILE.wav   read aloud with eSpeak NG</source>
        <translation>speak (BOOK | --text T) --out FILE.wav   read aloud with eSpeak NG</translation>
    </message>
    <message>
        <source>voices [--json]              the voices and their languages</source>
        <translation>voices [--json]              the voices and their languages</translation>
    </message>
    <message>
        <source>export-audio BOOK OUT.m4b    turn an e-book into an audiobook</source>
        <translation>export-audio BOOK OUT.m4b    turn an e-book into an audiobook</translation>
    </message>
    <message>
        <source>catalog URL [--search Q]     browse an OPDS catalog</source>
        <translation>catalog URL [--search Q]     browse an OPDS catalog</translation>
    </message>
    <message>
        <source>borrow URL                   borrow a book</source>
        <translation>borrow URL                   borrow a book</translation>
    </message>
    <message>
        <source>return URL                   return a loan</source>
        <translation>return URL                   return a loan</translation>
    </message>
    <message>
        <source>renew URL                    renew a loan</source>
        <translation>renew URL                    renew a loan</translation>
    </message>
    <message>
        <source>hold URL                     place a hold</source>
        <translation>hold URL                     place a hold</translation>
    </message>
    <message>
        <source>cancel-hold URL              cancel a hold</source>
        <translation>cancel-hold URL              cancel a hold</translation>
    </message>
    <message>
        <source>loans URL                    current loans and holds</source>
        <translation>loans URL                    current loans and holds</translation>
    </message>
    <message>
        <source>libraries URL                where a loan can be returned</source>
        <translation>libraries URL                where a loan can be returned</translation>
    </message>
    <message>
        <source>deliver URL                  request home delivery or pickup</source>
        <translation>deliver URL                  request home delivery or pickup</translation>
    </message>
    <message>
        <source>Usage: tingdu-cli [--lang zh_CN|en] COMMAND [ARGS]</source>
        <translation>Usage: tingdu-cli [--lang zh_CN|en] COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>Tingdu (听读) without a window: JSON or text on standard output, messages on standard error.</source>
        <translation>Tingdu (听读) without a window: JSON or text on standard output, messages on standard error.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>print the version</translation>
    </message>
    <message>
        <source>print this help</source>
        <translation>print this help</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>unknown command “%1”</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>Authors:</translation>
    </message>
    <message>
        <source>Narrator:</source>
        <translation>Narrator:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Reading order:</source>
        <translation>Reading order:</translation>
    </message>
    <message>
        <source>Table of contents:</source>
        <translation>Table of contents:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pages:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warning:</translation>
    </message>
    <message>
        <source>info: unknown option “%1”</source>
        <translation>info: unknown option “%1”</translation>
    </message>
    <message>
        <source>info takes one PATH</source>
        <translation>info takes one PATH</translation>
    </message>
    <message>
        <source>info needs a PATH</source>
        <translation>info needs a PATH</translation>
    </message>
</context>
<context>
    <name>tingdu::client::CatalogPlace</name>
    <message>
        <source>&amp;Libraries</source>
        <translation>&amp;Libraries</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <source>Tingdu guide (offline)</source>
        <translation>Tingdu guide (offline)</translation>
    </message>
    <message>
        <source>Catalog address</source>
        <translation>Catalog address</translation>
    </message>
    <message>
        <source>Catalog &amp;address:</source>
        <translation>Catalog &amp;address:</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
</context>
<context>
    <name>tingdu::client::MainWindow</name>
    <message>
        <source>Tingdu</source>
        <translation>Tingdu</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Tingdu</source>
        <translation>&amp;About Tingdu</translation>
    </message>
    <message>
        <source>Ctrl+1 Shelf, Ctrl+2 Catalog, Ctrl+3 Reader, Ctrl+4 Player, Ctrl+5 Settings. Tab and Shift+Tab move between controls; F1 shows these keys; Ctrl+Q quits.</source>
        <translation>Ctrl+1 Shelf, Ctrl+2 Catalog, Ctrl+3 Reader, Ctrl+4 Player, Ctrl+5 Settings. Tab and Shift+Tab move between controls; F1 shows these keys; Ctrl+Q quits.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>About Tingdu</source>
        <translation>About Tingdu</translation>
    </message>
    <message>
        <source>Tingdu %1 — listen and read library books.</source>
        <translation>Tingdu %1 — listen and read library books.</translation>
    </message>
</context>
<context>
    <name>tingdu::client::PlayerPlace</name>
    <message>
        <source>Nothing is playing. Open an audiobook from the Shelf.</source>
        <translation>Nothing is playing. Open an audiobook from the Shelf.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Player</translation>
    </message>
</context>
<context>
    <name>tingdu::client::ReaderPlace</name>
    <message>
        <source>Book text</source>
        <translation>Book text</translation>
    </message>
    <message>
        <source>No book is open. Open one from the Shelf (Ctrl+1).</source>
        <translation>No book is open. Open one from the Shelf (Ctrl+1).</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
</context>
<context>
    <name>tingdu::client::SettingsPlace</name>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Text &amp;size:</translation>
    </message>
    <message>
        <source>Theme %1, text size %2 points</source>
        <translation>Theme %1, text size %2 points</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
</context>
<context>
    <name>tingdu::client::ShelfPlace</name>
    <message>
        <source>&amp;Books on your shelf</source>
        <translation>&amp;Books on your shelf</translation>
    </message>
    <message>
        <source>Books on your shelf</source>
        <translation>Books on your shelf</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Shelf</translation>
    </message>
</context>
</TS>