<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>tingdu-cli</name>
    <message>
        <source>“%1” is not available in this build yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “tingdu-cli --help” for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“play” is not available in this build yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“text” is not available in this build yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info PATH [--json]           what a book or audio file is: format, title, structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text BOOK [--chapter N]      the spoken text in reading order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>play SRC --out FILE.wav      write what the listener would hear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speak (BOOK | --text T) --out FILE.wav   read aloud with eSpeak NG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voices [--json]              the voices and their languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-audio BOOK OUT.m4b    turn an e-book into an audiobook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog URL [--search Q]     browse an OPDS catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borrow URL                   borrow a book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return URL                   return a loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renew URL                    renew a loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold URL                     place a hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel-hold URL              cancel a hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loans URL                    current loans and holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libraries URL                where a loan can be returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliver URL                  request home delivery or pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tingdu-cli [--lang zh_CN|en] COMMAND [ARGS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tingdu (听读) without a window: JSON or text on standard output, messages on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tingdu::cli</name>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info: unknown option “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info takes one PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info needs a PATH</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tingdu::client::CatalogPlace</name>
    <message>
        <source>&amp;Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tingdu guide (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tingdu::client::MainWindow</name>
    <message>
        <source>Tingdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tingdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 Shelf, Ctrl+2 Catalog, Ctrl+3 Reader, Ctrl+4 Player, Ctrl+5 Settings. Tab and Shift+Tab move between controls; F1 shows these keys; Ctrl+Q quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tingdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tingdu %1 — listen and read library books.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tingdu::client::PlayerPlace</name>
    <message>
        <source>Nothing is playing. Open an audiobook from the Shelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tingdu::client::ReaderPlace</name>
    <message>
        <source>Book text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No book is open. Open one from the Shelf (Ctrl+1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tingdu::client::SettingsPlace</name>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme %1, text size %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tingdu::client::ShelfPlace</name>
    <message>
        <source>&amp;Books on your shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books on your shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
