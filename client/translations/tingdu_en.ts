<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
    <name>Keyring</name>
    <message>
        <source>Your library card cannot be remembered on this computer: it has no keyring (Secret Service). You are signed in until Tingdu closes.</source>
        <translation>Your library card cannot be remembered on this computer: it has no keyring (Secret Service). You are signed in until Tingdu closes.</translation>
    </message>
    <message>
        <source>Your library card was not remembered: the keyring stayed locked. You are signed in until Tingdu closes.</source>
        <translation>Your library card was not remembered: the keyring stayed locked. You are signed in until Tingdu closes.</translation>
    </message>
    <message>
        <source>Your library card was not remembered: the keyring did not answer. You are signed in until Tingdu closes.</source>
        <translation>Your library card was not remembered: the keyring did not answer. You are signed in until Tingdu closes.</translation>
    </message>
    <message>
        <source>Your library card was not remembered: the keyring reported an error. You are signed in until Tingdu closes.</source>
        <translation>Your library card was not remembered: the keyring reported an error. You are signed in until Tingdu closes.</translation>
    </message>
</context>
<context>
    <name>ReaderPlace</name>
    <message>
        <source>The narration reads page numbers and notes.</source>
        <translation>The narration reads page numbers and notes.</translation>
    </message>
    <message>
        <source>The narration skips page numbers and notes.</source>
        <translation>The narration skips page numbers and notes.</translation>
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
        <source>Run “tingdu-cli --help” for the commands.</source>
        <translation>Run “tingdu-cli --help” for the commands.</translation>
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
    <message>
        <source>info PATH|URL [--json]       what a book or audio file is: format, title, structure</source>
        <translation>info PATH|URL [--json]       what a book or audio file is: format, title, structure</translation>
    </message>
</context>
<context>
    <name>tingdu::accessibility::qt::SelfVoicing</name>
    <message>
        <source>menu</source>
        <translation>menu</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>%1 menu</translation>
    </message>
    <message>
        <source>dialog</source>
        <translation>dialog</translation>
    </message>
    <message>
        <source>password text</source>
        <translation>password text</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>checked</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>expanded</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>collapsed</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>unavailable</translation>
    </message>
    <message>
        <source>button</source>
        <translation>button</translation>
    </message>
    <message>
        <source>check box</source>
        <translation>check box</translation>
    </message>
    <message>
        <source>radio button</source>
        <translation>radio button</translation>
    </message>
    <message>
        <source>combo box</source>
        <translation>combo box</translation>
    </message>
    <message>
        <source>edit text</source>
        <translation>edit text</translation>
    </message>
    <message>
        <source>spin box</source>
        <translation>spin box</translation>
    </message>
    <message>
        <source>slider</source>
        <translation>slider</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>list item</source>
        <translation>list item</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>cell</translation>
    </message>
    <message>
        <source>tree</source>
        <translation>tree</translation>
    </message>
    <message>
        <source>tree item</source>
        <translation>tree item</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>tab list</source>
        <translation>tab list</translation>
    </message>
    <message>
        <source>menu item</source>
        <translation>menu item</translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>progress bar</source>
        <translation>progress bar</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>heading</translation>
    </message>
</context>
<context>
    <name>tingdu::cli</name>
    <message>
        <source>%1: unknown option “%2”</source>
        <translation>%1: unknown option “%2”</translation>
    </message>
    <message>
        <source>%1 takes one URL</source>
        <translation>%1 takes one URL</translation>
    </message>
    <message>
        <source>%1: option “%2” needs a valid value</source>
        <translation>%1: option “%2” needs a valid value</translation>
    </message>
    <message>
        <source>%1 needs a URL</source>
        <translation>%1 needs a URL</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Offline: showing the copy saved earlier.</source>
        <translation>Offline: showing the copy saved earlier.</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Facet</translation>
    </message>
    <message>
        <source>Next page:</source>
        <translation>Next page:</translation>
    </message>
    <message>
        <source>Read it at:</source>
        <translation>Read it at:</translation>
    </message>
    <message>
        <source>Borrowed.</source>
        <translation>Borrowed.</translation>
    </message>
    <message>
        <source>On loan (renewed if it was already yours).</source>
        <translation>On loan (renewed if it was already yours).</translation>
    </message>
    <message>
        <source>On hold: you are number %1 in the queue.</source>
        <translation>On hold: you are number %1 in the queue.</translation>
    </message>
    <message>
        <source>Your hold is ready to borrow.</source>
        <translation>Your hold is ready to borrow.</translation>
    </message>
    <message>
        <source>Returned.</source>
        <translation>Returned.</translation>
    </message>
    <message>
        <source>Hold cancelled.</source>
        <translation>Hold cancelled.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>The catalog has only %1 page(s).</source>
        <translation>The catalog has only %1 page(s).</translation>
    </message>
    <message>
        <source>libraries: --near takes LATITUDE,LONGITUDE</source>
        <translation>libraries: --near takes LATITUDE,LONGITUDE</translation>
    </message>
    <message>
        <source>deliver needs either --home ADDRESS or --pickup LIBRARY (or --status URL)</source>
        <translation>deliver needs either --home ADDRESS or --pickup LIBRARY (or --status URL)</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>Request %1: %2</translation>
    </message>
    <message>
        <source>Follow it with: tingdu-cli deliver --status %1</source>
        <translation>Follow it with: tingdu-cli deliver --status %1</translation>
    </message>
    <message>
        <source>play takes one SRC</source>
        <translation>play takes one SRC</translation>
    </message>
    <message>
        <source>play: option “%1” needs a value</source>
        <translation>play: option “%1” needs a value</translation>
    </message>
    <message>
        <source>play: --speed must be a number from 0.5 to 3.0</source>
        <translation>play: --speed must be a number from 0.5 to 3.0</translation>
    </message>
    <message>
        <source>play: --volume must be a number from 0 to 1</source>
        <translation>play: --volume must be a number from 0 to 1</translation>
    </message>
    <message>
        <source>play: --start must be a number of seconds</source>
        <translation>play: --start must be a number of seconds</translation>
    </message>
    <message>
        <source>play: --duration must be a positive number of seconds</source>
        <translation>play: --duration must be a positive number of seconds</translation>
    </message>
    <message>
        <source>play: --chapter must be a chapter number (1 is the first)</source>
        <translation>play: --chapter must be a chapter number (1 is the first)</translation>
    </message>
    <message>
        <source>play: --header must look like “Name: value”</source>
        <translation>play: --header must look like “Name: value”</translation>
    </message>
    <message>
        <source>play: unknown option “%1”</source>
        <translation>play: unknown option “%1”</translation>
    </message>
    <message>
        <source>play needs a SRC (a book, an audio file or an http(s) URL)</source>
        <translation>play needs a SRC (a book, an audio file or an http(s) URL)</translation>
    </message>
    <message>
        <source>play needs --out FILE.wav</source>
        <translation>play needs --out FILE.wav</translation>
    </message>
    <message>
        <source>play: use --chapter or --page, not both</source>
        <translation>play: use --chapter or --page, not both</translation>
    </message>
    <message>
        <source>the book has %1 chapters with audio; there is no chapter %2</source>
        <translation>the book has %1 chapters with audio; there is no chapter %2</translation>
    </message>
    <message>
        <source>the book has no page “%1” with audio</source>
        <translation>the book has no page “%1” with audio</translation>
    </message>
    <message>
        <source>%1: --rate must be 80 to 500 words per minute</source>
        <translation>%1: --rate must be 80 to 500 words per minute</translation>
    </message>
    <message>
        <source>speak takes one BOOK</source>
        <translation>speak takes one BOOK</translation>
    </message>
    <message>
        <source>speak: option “%1” needs a value</source>
        <translation>speak: option “%1” needs a value</translation>
    </message>
    <message>
        <source>speak: --seconds must be a positive number</source>
        <translation>speak: --seconds must be a positive number</translation>
    </message>
    <message>
        <source>speak: unknown option “%1”</source>
        <translation>speak: unknown option “%1”</translation>
    </message>
    <message>
        <source>speak needs a BOOK or --text, not both</source>
        <translation>speak needs a BOOK or --text, not both</translation>
    </message>
    <message>
        <source>speak needs --out FILE.wav (or --phonemes)</source>
        <translation>speak needs --out FILE.wav (or --phonemes)</translation>
    </message>
    <message>
        <source>“%1” has no text to read aloud</source>
        <translation>“%1” has no text to read aloud</translation>
    </message>
    <message>
        <source>voices: unknown option “%1”</source>
        <translation>voices: unknown option “%1”</translation>
    </message>
    <message>
        <source>export-audio: option “%1” needs a value</source>
        <translation>export-audio: option “%1” needs a value</translation>
    </message>
    <message>
        <source>export-audio: --jobs must be a positive number</source>
        <translation>export-audio: --jobs must be a positive number</translation>
    </message>
    <message>
        <source>export-audio: unknown option “%1”</source>
        <translation>export-audio: unknown option “%1”</translation>
    </message>
    <message>
        <source>export-audio needs BOOK and OUT.m4b (or OUT.mp3)</source>
        <translation>export-audio needs BOOK and OUT.m4b (or OUT.mp3)</translation>
    </message>
    <message>
        <source>export-audio --worker BOOK CHAPTER PIECE</source>
        <translation>export-audio --worker BOOK CHAPTER PIECE</translation>
    </message>
    <message>
        <source>the book has no chapter %1</source>
        <translation>the book has no chapter %1</translation>
    </message>
    <message>
        <source>Encoding the audiobook with %1 chapters…</source>
        <translation>Encoding the audiobook with %1 chapters…</translation>
    </message>
    <message>
        <source>Resuming: %1 of %2 chapters were finished earlier</source>
        <translation>Resuming: %1 of %2 chapters were finished earlier</translation>
    </message>
    <message>
        <source>Speaking %1 chapters…</source>
        <translation>Speaking %1 chapters…</translation>
    </message>
    <message>
        <source>[%1%] chapter %2 of %3 done: %4</source>
        <translation>[%1%] chapter %2 of %3 done: %4</translation>
    </message>
    <message>
        <source>Wrote %1: %2 chapters, %3 minutes</source>
        <translation>Wrote %1: %2 chapters, %3 minutes</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>image without description</source>
        <translation>image without description</translation>
    </message>
    <message>
        <source>image: %1</source>
        <translation>image: %1</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>text: --chapter needs a number from 1</source>
        <translation>text: --chapter needs a number from 1</translation>
    </message>
    <message>
        <source>text: unknown option “%1”</source>
        <translation>text: unknown option “%1”</translation>
    </message>
    <message>
        <source>text takes one BOOK</source>
        <translation>text takes one BOOK</translation>
    </message>
    <message>
        <source>text needs a BOOK</source>
        <translation>text needs a BOOK</translation>
    </message>
    <message>
        <source>%1 has no text to read; it is audio only</source>
        <translation>%1 has no text to read; it is audio only</translation>
    </message>
    <message>
        <source>%1 has %2 chapters in its reading order</source>
        <translation>%1 has %2 chapters in its reading order</translation>
    </message>
    <message>
        <source>%1: --voice-for takes LANGUAGE=VOICE, such as en=en-gb</source>
        <translation>%1: --voice-for takes LANGUAGE=VOICE, such as en=en-gb</translation>
    </message>
</context>
<context>
    <name>tingdu::client</name>
    <message>
        <source>[Image without description]</source>
        <translation>[Image without description]</translation>
    </message>
    <message>
        <source>[Image: %1]</source>
        <translation>[Image: %1]</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>The library at %1 cannot be reached. Check the connection and try again.</source>
        <translation>The library at %1 cannot be reached. Check the connection and try again.</translation>
    </message>
    <message>
        <source>The address %1 was not found. Check the catalog address.</source>
        <translation>The address %1 was not found. Check the catalog address.</translation>
    </message>
    <message>
        <source>The library at %1 did not answer in time. Try again later.</source>
        <translation>The library at %1 did not answer in time. Try again later.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost. Try again.</source>
        <translation>The connection to %1 was lost. Try again.</translation>
    </message>
    <message>
        <source>The library at %1 did not prove its identity; Tingdu refused the connection.</source>
        <translation>The library at %1 did not prove its identity; Tingdu refused the connection.</translation>
    </message>
    <message>
        <source>The library refused this request.</source>
        <translation>The library refused this request.</translation>
    </message>
    <message>
        <source>The library has no such page: %1.</source>
        <translation>The library has no such page: %1.</translation>
    </message>
    <message>
        <source>The library&apos;s server has a problem. Try again later.</source>
        <translation>The library&apos;s server has a problem. Try again later.</translation>
    </message>
    <message>
        <source>The library refused the request.</source>
        <translation>The library refused the request.</translation>
    </message>
    <message>
        <source>The library says: %1</source>
        <translation>The library says: %1</translation>
    </message>
    <message>
        <source>The page from %1 is not a catalog Tingdu can read.</source>
        <translation>The page from %1 is not a catalog Tingdu can read.</translation>
    </message>
    <message>
        <source>The library tried to switch to an unencrypted connection; Tingdu refused.</source>
        <translation>The library tried to switch to an unencrypted connection; Tingdu refused.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The download was damaged on the way; try downloading again.</source>
        <translation>The download was damaged on the way; try downloading again.</translation>
    </message>
    <message>
        <source>Writing the book to disk failed. Check the free space.</source>
        <translation>Writing the book to disk failed. Check the free space.</translation>
    </message>
    <message>
        <source>The shelf database failed; the change was not saved.</source>
        <translation>The shelf database failed; the change was not saved.</translation>
    </message>
    <message>
        <source>Something went wrong with %1: %2</source>
        <translation>Something went wrong with %1: %2</translation>
    </message>
    <message>
        <source>Available to borrow: %1 of %2 copies.</source>
        <translation>Available to borrow: %1 of %2 copies.</translation>
    </message>
    <message>
        <source>Available to borrow.</source>
        <translation>Available to borrow.</translation>
    </message>
    <message>
        <source>All copies are out; you can place a hold.</source>
        <translation>All copies are out; you can place a hold.</translation>
    </message>
    <message>
        <source>On hold for you, number %1 in the queue.</source>
        <translation>On hold for you, number %1 in the queue.</translation>
    </message>
    <message>
        <source>On hold for you.</source>
        <translation>On hold for you.</translation>
    </message>
    <message>
        <source>Your hold is ready to borrow.</source>
        <translation>Your hold is ready to borrow.</translation>
    </message>
    <message>
        <source>On loan to you.</source>
        <translation>On loan to you.</translation>
    </message>
    <message>
        <source>On loan to you until %1.</source>
        <translation>On loan to you until %1.</translation>
    </message>
    <message>
        <source>Free to download.</source>
        <translation>Free to download.</translation>
    </message>
    <message>
        <source>Sign-in failed: the library did not accept the card number or PIN; check them and sign in again.</source>
        <translation>Sign-in failed: the library did not accept the card number or PIN; check them and sign in again.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Mandarin Chinese</source>
        <translation>Mandarin Chinese</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>Cantonese</translation>
    </message>
</context>
<context>
    <name>tingdu::client::BookmarksDialog</name>
    <message>
        <source>Bookmarks</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <source>&amp;Bookmarks in this book</source>
        <translation>&amp;Bookmarks in this book</translation>
    </message>
    <message>
        <source>Bookmarks in this book</source>
        <translation>Bookmarks in this book</translation>
    </message>
    <message>
        <source>&amp;Go to bookmark</source>
        <translation>&amp;Go to bookmark</translation>
    </message>
    <message>
        <source>Edit &amp;note…</source>
        <translation>Edit &amp;note…</translation>
    </message>
    <message>
        <source>&amp;Delete bookmark</source>
        <translation>&amp;Delete bookmark</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source> — note: %1</source>
        <translation> — note: %1</translation>
    </message>
    <message>
        <source>No bookmarks yet. Ctrl+B in the reader adds one.</source>
        <translation>No bookmarks yet. Ctrl+B in the reader adds one.</translation>
    </message>
    <message>
        <source>Bookmark note</source>
        <translation>Bookmark note</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
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
    <message>
        <source>Section: %1. Press Enter to open it.</source>
        <translation>Section: %1. Press Enter to open it.</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Nothing selected.</translation>
    </message>
    <message>
        <source>By %1.</source>
        <translation>By %1.</translation>
    </message>
    <message>
        <source>Accessibility: %1</source>
        <translation>Accessibility: %1</translation>
    </message>
    <message>
        <source>Publisher: %1.</source>
        <translation>Publisher: %1.</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>Language: %1.</translation>
    </message>
    <message>
        <source>Place hold</source>
        <translation>Place hold</translation>
    </message>
    <message>
        <source>&amp;Borrow</source>
        <translation>&amp;Borrow</translation>
    </message>
    <message>
        <source>This library has not asked for a sign-in yet. Open its catalog or loans first.</source>
        <translation>This library has not asked for a sign-in yet. Open its catalog or loans first.</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Sign in to %1</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Signed in.</translation>
    </message>
    <message>
        <source>Placing a hold on “%1”…</source>
        <translation>Placing a hold on “%1”…</translation>
    </message>
    <message>
        <source>Borrowing “%1”…</source>
        <translation>Borrowing “%1”…</translation>
    </message>
    <message>
        <source>Hold placed on “%1”.</source>
        <translation>Hold placed on “%1”.</translation>
    </message>
    <message>
        <source>Borrowed “%1”.</source>
        <translation>Borrowed “%1”.</translation>
    </message>
    <message>
        <source>Renewing “%1”…</source>
        <translation>Renewing “%1”…</translation>
    </message>
    <message>
        <source>Renewed “%1”.</source>
        <translation>Renewed “%1”.</translation>
    </message>
    <message>
        <source>Returning “%1”…</source>
        <translation>Returning “%1”…</translation>
    </message>
    <message>
        <source>Returned “%1”.</source>
        <translation>Returned “%1”.</translation>
    </message>
    <message>
        <source>“%1” is protected by DRM that Tingdu cannot open.</source>
        <translation>“%1” is protected by DRM that Tingdu cannot open.</translation>
    </message>
    <message>
        <source>“%1” cannot be downloaded; borrow it first.</source>
        <translation>“%1” cannot be downloaded; borrow it first.</translation>
    </message>
    <message>
        <source>Download finished: “%1” is on your shelf.</source>
        <translation>Download finished: “%1” is on your shelf.</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>Downloading “%1”…</translation>
    </message>
    <message>
        <source>This catalog has no loans page. Open your library&apos;s catalog first.</source>
        <translation>This catalog has no loans page. Open your library&apos;s catalog first.</translation>
    </message>
    <message>
        <source>Loading your loans…</source>
        <translation>Loading your loans…</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Search the catalog</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>Facets</translation>
    </message>
    <message>
        <source>Sorting and filtering the library offers for this page</source>
        <translation>Sorting and filtering the library offers for this page</translation>
    </message>
    <message>
        <source>Fa&amp;cets:</source>
        <translation>Fa&amp;cets:</translation>
    </message>
    <message>
        <source>Choose a library and press Enter.</source>
        <translation>Choose a library and press Enter.</translation>
    </message>
    <message>
        <source>Catalog page</source>
        <translation>Catalog page</translation>
    </message>
    <message>
        <source>Books and s&amp;ections</source>
        <translation>Books and s&amp;ections</translation>
    </message>
    <message>
        <source>Books and sections</source>
        <translation>Books and sections</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Do&amp;wnload</source>
        <translation>Do&amp;wnload</translation>
    </message>
    <message>
        <source>Re&amp;new</source>
        <translation>Re&amp;new</translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation>Re&amp;turn</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation>Bac&amp;k</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Previous page</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>Ne&amp;xt page</translation>
    </message>
    <message>
        <source>My l&amp;oans</source>
        <translation>My l&amp;oans</translation>
    </message>
    <message>
        <source>S&amp;ign in…</source>
        <translation>S&amp;ign in…</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download progress</translation>
    </message>
    <message>
        <source>%p% downloaded</source>
        <translation>%p% downloaded</translation>
    </message>
    <message>
        <source>Back to the previous catalog page</source>
        <translation>Back to the previous catalog page</translation>
    </message>
    <message>
        <source>Next page of results</source>
        <translation>Next page of results</translation>
    </message>
    <message>
        <source>Previous page of results</source>
        <translation>Previous page of results</translation>
    </message>
    <message>
        <source>Borrow the selected book</source>
        <translation>Borrow the selected book</translation>
    </message>
    <message>
        <source>Download the selected book</source>
        <translation>Download the selected book</translation>
    </message>
    <message>
        <source>My loans</source>
        <translation>My loans</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No facet chosen</source>
        <translation>No facet chosen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n item</numerusform>
            <numerusform>%1: %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>(offline copy from %1)</source>
        <translation>(offline copy from %1)</translation>
    </message>
    <message>
        <source>This catalog has no search. Open a library first.</source>
        <translation>This catalog has no search. Open a library first.</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Searching for “%1”…</translation>
    </message>
</context>
<context>
    <name>tingdu::client::KeyMap</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tingdu::client::KeymapEditor</name>
    <message>
        <source>&amp;Commands and their keys</source>
        <translation>&amp;Commands and their keys</translation>
    </message>
    <message>
        <source>Commands and their keys</source>
        <translation>Commands and their keys</translation>
    </message>
    <message>
        <source>New ke&amp;y:</source>
        <translation>New ke&amp;y:</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>New key</translation>
    </message>
    <message>
        <source>Press the key combination for the selected command; Backspace clears it</source>
        <translation>Press the key combination for the selected command; Backspace clears it</translation>
    </message>
    <message>
        <source>Assign key</source>
        <translation>Assign key</translation>
    </message>
    <message>
        <source>Clear key</source>
        <translation>Clear key</translation>
    </message>
    <message>
        <source>Reset all keys</source>
        <translation>Reset all keys</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>no key</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is already the key of another command; choose another key.</source>
        <translation>%1 is already the key of another command; choose another key.</translation>
    </message>
    <message>
        <source>Key removed from %1</source>
        <translation>Key removed from %1</translation>
    </message>
    <message>
        <source>%1 now has the key %2</source>
        <translation>%1 now has the key %2</translation>
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
    <message>
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <source>&amp;Import books…</source>
        <translation>&amp;Import books…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Import a &amp;folder…</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>&amp;Keys of this place</source>
        <translation>&amp;Keys of this place</translation>
    </message>
    <message>
        <source>Keys of the %1</source>
        <translation>Keys of the %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation>Opened “%1”.</translation>
    </message>
    <message>
        <source>“%1” has neither text nor audio Tingdu can present.</source>
        <translation>“%1” has neither text nor audio Tingdu can present.</translation>
    </message>
</context>
<context>
    <name>tingdu::client::Narration</name>
    <message>
        <source>The book&apos;s narration cannot play: %1</source>
        <translation>The book&apos;s narration cannot play: %1</translation>
    </message>
    <message>
        <source>The narration is not ready yet.</source>
        <translation>The narration is not ready yet.</translation>
    </message>
</context>
<context>
    <name>tingdu::client::NavPointDialog</name>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
</context>
<context>
    <name>tingdu::client::PlayerEngine</name>
    <message>
        <source>There is no sound output on this computer; the player cannot play.</source>
        <translation>There is no sound output on this computer; the player cannot play.</translation>
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
    <message>
        <source>End of the book</source>
        <translation>End of the book</translation>
    </message>
    <message>
        <source>Now playing</source>
        <translation>Now playing</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Seconds into the book; arrow keys move 10 seconds, Page keys a minute</source>
        <translation>Seconds into the book; arrow keys move 10 seconds, Page keys a minute</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Previous chapter</translation>
    </message>
    <message>
        <source>Skip back</source>
        <translation>Skip back</translation>
    </message>
    <message>
        <source>Skip forward</source>
        <translation>Skip forward</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Next chapter</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Sp&amp;eed:</source>
        <translation>Sp&amp;eed:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume:</translation>
    </message>
    <message>
        <source>Sleep timer</source>
        <translation>Sleep timer</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minutes</translation>
    </message>
    <message>
        <source>45 minutes</source>
        <translation>45 minutes</translation>
    </message>
    <message>
        <source>60 minutes</source>
        <translation>60 minutes</translation>
    </message>
    <message>
        <source>End of chapter</source>
        <translation>End of chapter</translation>
    </message>
    <message>
        <source>S&amp;leep timer:</source>
        <translation>S&amp;leep timer:</translation>
    </message>
    <message>
        <source>Step by</source>
        <translation>Step by</translation>
    </message>
    <message>
        <source>What Alt+Up and Alt+Down move by</source>
        <translation>What Alt+Up and Alt+Down move by</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Heading level %1</source>
        <translation>Heading level %1</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>Step &amp;by:</source>
        <translation>Step &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Chapters</source>
        <translation>&amp;Chapters</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>Add book&amp;mark…</source>
        <translation>Add book&amp;mark…</translation>
    </message>
    <message>
        <source>Bookmar&amp;ks…</source>
        <translation>Bookmar&amp;ks…</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Play or pause</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Faster</translation>
    </message>
    <message>
        <source>Speed %1</source>
        <translation>Speed %1</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Louder</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>Volume %1</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Quieter</translation>
    </message>
    <message>
        <source>Chapter list</source>
        <translation>Chapter list</translation>
    </message>
    <message>
        <source>Next heading, page or phrase (as chosen in Step by)</source>
        <translation>Next heading, page or phrase (as chosen in Step by)</translation>
    </message>
    <message>
        <source>Previous heading, page or phrase</source>
        <translation>Previous heading, page or phrase</translation>
    </message>
    <message>
        <source>Go to page…</source>
        <translation>Go to page…</translation>
    </message>
    <message>
        <source>Say the position</source>
        <translation>Say the position</translation>
    </message>
    <message>
        <source>Add bookmark…</source>
        <translation>Add bookmark…</translation>
    </message>
    <message>
        <source>Bookmarks…</source>
        <translation>Bookmarks…</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Opening “%1”…</translation>
    </message>
    <message>
        <source>starts at %1</source>
        <translation>starts at %1</translation>
    </message>
    <message>
        <source>“%1” ready at %2. F5 plays.</source>
        <translation>“%1” ready at %2. F5 plays.</translation>
    </message>
    <message>
        <source>“%1” ready. F5 plays.</source>
        <translation>“%1” ready. F5 plays.</translation>
    </message>
    <message>
        <source>Nothing to play. Open an audiobook from the Shelf.</source>
        <translation>Nothing to play. Open an audiobook from the Shelf.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Sleep timer ended; playback paused.</source>
        <translation>Sleep timer ended; playback paused.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Chapter: %1</source>
        <translation>Chapter: %1</translation>
    </message>
    <message>
        <source>No next %1.</source>
        <translation>No next %1.</translation>
    </message>
    <message>
        <source>No previous %1.</source>
        <translation>No previous %1.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Go to page</translation>
    </message>
    <message>
        <source>&amp;Page number or label:</source>
        <translation>&amp;Page number or label:</translation>
    </message>
    <message>
        <source>There is no page %1 in this book.</source>
        <translation>There is no page %1 in this book.</translation>
    </message>
    <message>
        <source>Sleep timer off</source>
        <translation>Sleep timer off</translation>
    </message>
    <message>
        <source>Sleep timer: %1</source>
        <translation>Sleep timer: %1</translation>
    </message>
    <message>
        <source>Nothing is playing.</source>
        <translation>Nothing is playing.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>, page %1</source>
        <translation>, page %1</translation>
    </message>
    <message>
        <source>Add bookmark</source>
        <translation>Add bookmark</translation>
    </message>
    <message>
        <source>&amp;Note for the bookmark (optional):</source>
        <translation>&amp;Note for the bookmark (optional):</translation>
    </message>
    <message>
        <source>Bookmark added: %1</source>
        <translation>Bookmark added: %1</translation>
    </message>
    <message>
        <source>playing; starts at %1</source>
        <translation>playing; starts at %1</translation>
    </message>
    <message>
        <source>Page numbers and notes played or skipped</source>
        <translation>Page numbers and notes played or skipped</translation>
    </message>
    <message>
        <source>This book has no page numbers or notes to skip.</source>
        <translation>This book has no page numbers or notes to skip.</translation>
    </message>
</context>
<context>
    <name>tingdu::client::ReadAloud</name>
    <message>
        <source>This book has no text to read aloud.</source>
        <translation>This book has no text to read aloud.</translation>
    </message>
    <message>
        <source>There is no sound output on this computer; read aloud cannot play.</source>
        <translation>There is no sound output on this computer; read aloud cannot play.</translation>
    </message>
    <message>
        <source>The speech synthesizer could not start: %1</source>
        <translation>The speech synthesizer could not start: %1</translation>
    </message>
    <message>
        <source>Heading level {level}</source>
        <translation>Heading level {level}</translation>
    </message>
    <message>
        <source>Page {label}</source>
        <translation>Page {label}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Image without description</source>
        <translation>Image without description</translation>
    </message>
    <message>
        <source>Note reference</source>
        <translation>Note reference</translation>
    </message>
    <message>
        <source>List item</source>
        <translation>List item</translation>
    </message>
    <message>
        <source>Row {row}, column {column}</source>
        <translation>Row {row}, column {column}</translation>
    </message>
    <message>
        <source>Column header</source>
        <translation>Column header</translation>
    </message>
    <message>
        <source>End of book</source>
        <translation>End of book</translation>
    </message>
    <message>
        <source>en</source>
        <comment>BCP 47 language of these announcements</comment>
        <translation>en</translation>
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
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>The book. Arrow keys move the caret; F1 lists the reading keys.</source>
        <translation>The book. Arrow keys move the caret; F1 lists the reading keys.</translation>
    </message>
    <message>
        <source>&amp;Read aloud</source>
        <translation>&amp;Read aloud</translation>
    </message>
    <message>
        <source>S&amp;top reading</source>
        <translation>S&amp;top reading</translation>
    </message>
    <message>
        <source>&amp;Contents…</source>
        <translation>&amp;Contents…</translation>
    </message>
    <message>
        <source>Go to &amp;page…</source>
        <translation>Go to &amp;page…</translation>
    </message>
    <message>
        <source>Book&amp;marks…</source>
        <translation>Book&amp;marks…</translation>
    </message>
    <message>
        <source>End of book</source>
        <translation>End of book</translation>
    </message>
    <message>
        <source>Chapter: %1</source>
        <translation>Chapter: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Read aloud or pause</source>
        <translation>Read aloud or pause</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <source>Next heading</source>
        <translation>Next heading</translation>
    </message>
    <message>
        <source>Previous heading</source>
        <translation>Previous heading</translation>
    </message>
    <message>
        <source>Next heading of level %1</source>
        <translation>Next heading of level %1</translation>
    </message>
    <message>
        <source>Previous heading of level %1</source>
        <translation>Previous heading of level %1</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>No next page.</source>
        <translation>No next page.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>No previous page.</source>
        <translation>No previous page.</translation>
    </message>
    <message>
        <source>Go to page…</source>
        <translation>Go to page…</translation>
    </message>
    <message>
        <source>Next paragraph</source>
        <translation>Next paragraph</translation>
    </message>
    <message>
        <source>No next paragraph.</source>
        <translation>No next paragraph.</translation>
    </message>
    <message>
        <source>Previous paragraph</source>
        <translation>Previous paragraph</translation>
    </message>
    <message>
        <source>No previous paragraph.</source>
        <translation>No previous paragraph.</translation>
    </message>
    <message>
        <source>Next sentence (reading aloud)</source>
        <translation>Next sentence (reading aloud)</translation>
    </message>
    <message>
        <source>Previous sentence (reading aloud)</source>
        <translation>Previous sentence (reading aloud)</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Next chapter</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Previous chapter</translation>
    </message>
    <message>
        <source>Table of contents…</source>
        <translation>Table of contents…</translation>
    </message>
    <message>
        <source>Landmarks…</source>
        <translation>Landmarks…</translation>
    </message>
    <message>
        <source>Follow link or footnote</source>
        <translation>Follow link or footnote</translation>
    </message>
    <message>
        <source>Back after a link</source>
        <translation>Back after a link</translation>
    </message>
    <message>
        <source>Add bookmark…</source>
        <translation>Add bookmark…</translation>
    </message>
    <message>
        <source>Bookmarks…</source>
        <translation>Bookmarks…</translation>
    </message>
    <message>
        <source>Search in book…</source>
        <translation>Search in book…</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Find next</translation>
    </message>
    <message>
        <source>Where am I</source>
        <translation>Where am I</translation>
    </message>
    <message>
        <source>Highlight the spoken sentence on or off</source>
        <translation>Highlight the spoken sentence on or off</translation>
    </message>
    <message>
        <source>Highlighting on</source>
        <translation>Highlighting on</translation>
    </message>
    <message>
        <source>Highlighting off</source>
        <translation>Highlighting off</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Opening “%1”…</translation>
    </message>
    <message>
        <source>Opened “%1”. %2</source>
        <translation>Opened “%1”. %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Heading level %1: %2</source>
        <translation>Heading level %1: %2</translation>
    </message>
    <message>
        <source>No more headings.</source>
        <translation>No more headings.</translation>
    </message>
    <message>
        <source>No more headings of level %1.</source>
        <translation>No more headings of level %1.</translation>
    </message>
    <message>
        <source>This is the last chapter.</source>
        <translation>This is the last chapter.</translation>
    </message>
    <message>
        <source>This is the first chapter.</source>
        <translation>This is the first chapter.</translation>
    </message>
    <message>
        <source>That place is not in the book&apos;s text.</source>
        <translation>That place is not in the book&apos;s text.</translation>
    </message>
    <message>
        <source>There is no link at the caret.</source>
        <translation>There is no link at the caret.</translation>
    </message>
    <message>
        <source>Nothing to go back to.</source>
        <translation>Nothing to go back to.</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Go to page</translation>
    </message>
    <message>
        <source>&amp;Page number or label:</source>
        <translation>&amp;Page number or label:</translation>
    </message>
    <message>
        <source>There is no page %1 in this book.</source>
        <translation>There is no page %1 in this book.</translation>
    </message>
    <message>
        <source>This book has no landmarks.</source>
        <translation>This book has no landmarks.</translation>
    </message>
    <message>
        <source>This book has no table of contents.</source>
        <translation>This book has no table of contents.</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Landmarks</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Table of contents</translation>
    </message>
    <message>
        <source>&amp;Landmarks</source>
        <translation>&amp;Landmarks</translation>
    </message>
    <message>
        <source>&amp;Chapters and sections</source>
        <translation>&amp;Chapters and sections</translation>
    </message>
    <message>
        <source>, page %1</source>
        <translation>, page %1</translation>
    </message>
    <message>
        <source>Add bookmark</source>
        <translation>Add bookmark</translation>
    </message>
    <message>
        <source>&amp;Note for the bookmark (optional):</source>
        <translation>&amp;Note for the bookmark (optional):</translation>
    </message>
    <message>
        <source>Bookmark added: %1</source>
        <translation>Bookmark added: %1</translation>
    </message>
    <message>
        <source>The bookmark could not be saved.</source>
        <translation>The bookmark could not be saved.</translation>
    </message>
    <message>
        <source>Search in book</source>
        <translation>Search in book</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>“%1” was not found.</source>
        <translation>“%1” was not found.</translation>
    </message>
    <message>
        <source>Found in %1: %2</source>
        <translation>Found in %1: %2</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Part %1</translation>
    </message>
    <message>
        <source>No book is open.</source>
        <translation>No book is open.</translation>
    </message>
    <message>
        <source>%1, %2, %3 percent through the book.</source>
        <translation>%1, %2, %3 percent through the book.</translation>
    </message>
    <message>
        <source>%1, %2, page %3, %4 percent through the book.</source>
        <translation>%1, %2, page %3, %4 percent through the book.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>&amp;Pause reading</source>
        <translation>&amp;Pause reading</translation>
    </message>
    <message>
        <source>&amp;Play narration</source>
        <translation>&amp;Play narration</translation>
    </message>
    <message>
        <source>Faster (narration or voice)</source>
        <translation>Faster (narration or voice)</translation>
    </message>
    <message>
        <source>Slower (narration or voice)</source>
        <translation>Slower (narration or voice)</translation>
    </message>
    <message>
        <source>The book&apos;s narration or the synthetic voice</source>
        <translation>The book&apos;s narration or the synthetic voice</translation>
    </message>
    <message>
        <source>Page numbers and notes in the narration on or off</source>
        <translation>Page numbers and notes in the narration on or off</translation>
    </message>
    <message>
        <source>The narration reads page numbers and notes.</source>
        <translation>The narration reads page numbers and notes.</translation>
    </message>
    <message>
        <source>The narration skips page numbers and notes.</source>
        <translation>The narration skips page numbers and notes.</translation>
    </message>
    <message>
        <source>Preparing the narration…</source>
        <translation>Preparing the narration…</translation>
    </message>
    <message>
        <source>The book has no narration from here on.</source>
        <translation>The book has no narration from here on.</translation>
    </message>
    <message>
        <source>&amp;Pause narration</source>
        <translation>&amp;Pause narration</translation>
    </message>
    <message>
        <source>No next sentence.</source>
        <translation>No next sentence.</translation>
    </message>
    <message>
        <source>No previous sentence.</source>
        <translation>No previous sentence.</translation>
    </message>
    <message>
        <source>Speed %1×</source>
        <translation>Speed %1×</translation>
    </message>
    <message>
        <source>%1 words per minute</source>
        <translation>%1 words per minute</translation>
    </message>
    <message>
        <source>This book has no narration; it is read by the synthetic voice.</source>
        <translation>This book has no narration; it is read by the synthetic voice.</translation>
    </message>
    <message>
        <source>F5 plays the book&apos;s narration.</source>
        <translation>F5 plays the book&apos;s narration.</translation>
    </message>
    <message>
        <source>F5 reads with the synthetic voice.</source>
        <translation>F5 reads with the synthetic voice.</translation>
    </message>
    <message>
        <source>Please wait a moment: the book&apos;s narration is being prepared.</source>
        <translation>Please wait a moment: the book&apos;s narration is being prepared.</translation>
    </message>
</context>
<context>
    <name>tingdu::client::Services</name>
    <message>
        <source>The shelf database “%1” could not be opened; books and positions will not be kept.</source>
        <translation>The shelf database “%1” could not be opened; books and positions will not be kept.</translation>
    </message>
</context>
<context>
    <name>tingdu::client::SettingsAccounts</name>
    <message>
        <source>Library accounts</source>
        <translation>Library accounts</translation>
    </message>
    <message>
        <source>&amp;Library accounts</source>
        <translation>&amp;Library accounts</translation>
    </message>
    <message>
        <source>Libraries you are signed in to, with the end of the card number</source>
        <translation>Libraries you are signed in to, with the end of the card number</translation>
    </message>
    <message>
        <source>Sign &amp;out and forget the card</source>
        <translation>Sign &amp;out and forget the card</translation>
    </message>
    <message>
        <source>Signs out of the selected library and removes its card from this computer</source>
        <translation>Signs out of the selected library and removes its card from this computer</translation>
    </message>
    <message>
        <source>Sign out of all librar&amp;ies</source>
        <translation>Sign out of all librar&amp;ies</translation>
    </message>
    <message>
        <source>Accounts status</source>
        <translation>Accounts status</translation>
    </message>
    <message>
        <source>At a library station, library cards are kept only during your visit and forgotten when you finish.</source>
        <translation>At a library station, library cards are kept only during your visit and forgotten when you finish.</translation>
    </message>
    <message>
        <source>Library cards you sign in with are remembered in this computer&apos;s keyring, never in a file.</source>
        <translation>Library cards you sign in with are remembered in this computer&apos;s keyring, never in a file.</translation>
    </message>
    <message>
        <source>remembered on this computer</source>
        <translation>remembered on this computer</translation>
    </message>
    <message>
        <source>for this session only</source>
        <translation>for this session only</translation>
    </message>
    <message>
        <source>signed in with a token</source>
        <translation>signed in with a token</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>card %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No library accounts</source>
        <translation>No library accounts</translation>
    </message>
    <message>
        <source>Signed out of %1; its card is forgotten.</source>
        <translation>Signed out of %1; its card is forgotten.</translation>
    </message>
    <message>
        <source>Signed out of %1, but the keyring could not delete its card: %2</source>
        <translation>Signed out of %1, but the keyring could not delete its card: %2</translation>
    </message>
    <message>
        <source>Signed out of all libraries; their cards are forgotten.</source>
        <translation>Signed out of all libraries; their cards are forgotten.</translation>
    </message>
    <message numerus="yes">
        <source>Signed out of all libraries, but the keyring could not delete %n card(s).</source>
        <translation>
            <numerusform>Signed out of all libraries, but the keyring could not delete %n card.</numerusform>
            <numerusform>Signed out of all libraries, but the keyring could not delete %n cards.</numerusform>
        </translation>
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
    <message>
        <source>Sectio&amp;ns</source>
        <translation>Sectio&amp;ns</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Settings sections</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Speech and audio</source>
        <translation>Speech and audio</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Appearance and text</source>
        <translation>Appearance and text</translation>
    </message>
    <message>
        <source>Book font</source>
        <translation>Book font</translation>
    </message>
    <message>
        <source>Boo&amp;k font:</source>
        <translation>Boo&amp;k font:</translation>
    </message>
    <message>
        <source>Book text size</source>
        <translation>Book text size</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>Line spacing</translation>
    </message>
    <message>
        <source>Letter spacing</source>
        <translation>Letter spacing</translation>
    </message>
    <message>
        <source>Book te&amp;xt size:</source>
        <translation>Book te&amp;xt size:</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>&amp;Line spacing:</translation>
    </message>
    <message>
        <source>L&amp;etter spacing:</source>
        <translation>L&amp;etter spacing:</translation>
    </message>
    <message>
        <source>Highl&amp;ight the sentence being read aloud</source>
        <translation>Highl&amp;ight the sentence being read aloud</translation>
    </message>
    <message>
        <source> words per minute</source>
        <translation> words per minute</translation>
    </message>
    <message>
        <source>Speech rate</source>
        <translation>Speech rate</translation>
    </message>
    <message>
        <source>Speech &amp;rate:</source>
        <translation>Speech &amp;rate:</translation>
    </message>
    <message>
        <source>Speech pitch</source>
        <translation>Speech pitch</translation>
    </message>
    <message>
        <source>Speech &amp;pitch:</source>
        <translation>Speech &amp;pitch:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Pause after sentences</source>
        <translation>Pause after sentences</translation>
    </message>
    <message>
        <source>Pause after se&amp;ntences:</source>
        <translation>Pause after se&amp;ntences:</translation>
    </message>
    <message>
        <source>Pause after paragraphs</source>
        <translation>Pause after paragraphs</translation>
    </message>
    <message>
        <source>Pause after p&amp;aragraphs:</source>
        <translation>Pause after p&amp;aragraphs:</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>V&amp;olume:</source>
        <translation>V&amp;olume:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Skip back length</source>
        <translation>Skip back length</translation>
    </message>
    <message>
        <source>Skip &amp;back:</source>
        <translation>Skip &amp;back:</translation>
    </message>
    <message>
        <source>Skip forward length</source>
        <translation>Skip forward length</translation>
    </message>
    <message>
        <source>Skip for&amp;ward:</source>
        <translation>Skip for&amp;ward:</translation>
    </message>
    <message>
        <source>Say &quot;heading&quot; before hea&amp;dings when reading aloud</source>
        <translation>Say &quot;heading&quot; before hea&amp;dings when reading aloud</translation>
    </message>
    <message>
        <source>Say page n&amp;umbers when reading aloud</source>
        <translation>Say page n&amp;umbers when reading aloud</translation>
    </message>
    <message>
        <source>Sound output</source>
        <translation>Sound output</translation>
    </message>
    <message>
        <source>Sound output: %1</source>
        <translation>Sound output: %1</translation>
    </message>
    <message>
        <source>&amp;Sound output:</source>
        <translation>&amp;Sound output:</translation>
    </message>
    <message>
        <source>Speak the interface</source>
        <translation>Speak the interface</translation>
    </message>
    <message>
        <source>Automatic: when no screen reader runs</source>
        <translation>Automatic: when no screen reader runs</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Speak the &amp;interface:</source>
        <translation>Speak the &amp;interface:</translation>
    </message>
    <message>
        <source>The system&apos;s default output</source>
        <translation>The system&apos;s default output</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (not connected)</translation>
    </message>
    <message>
        <source>The sound output %1 is not connected; sound plays on the system&apos;s default output until it is back.</source>
        <translation>The sound output %1 is not connected; sound plays on the system&apos;s default output until it is back.</translation>
    </message>
    <message>
        <source>Set by the library</source>
        <translation>Set by the library</translation>
    </message>
    <message>
        <source>As the desktop asks (%1)</source>
        <translation>As the desktop asks (%1)</translation>
    </message>
</context>
<context>
    <name>tingdu::client::ShelfModel</name>
    <message>
        <source>Audiobook</source>
        <translation>Audiobook</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>File missing</translation>
    </message>
    <message>
        <source>On hold, number %1 in the queue</source>
        <translation>On hold, number %1 in the queue</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Hold ready to borrow until %1</source>
        <translation>Hold ready to borrow until %1</translation>
    </message>
    <message>
        <source>On loan until %1, downloaded</source>
        <translation>On loan until %1, downloaded</translation>
    </message>
    <message>
        <source>On loan until %1</source>
        <translation>On loan until %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
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
    <message>
        <source>Fil&amp;ter:</source>
        <translation>Fil&amp;ter:</translation>
    </message>
    <message>
        <source>Filter books</source>
        <translation>Filter books</translation>
    </message>
    <message>
        <source>Shows only books whose title, author or state contains this text</source>
        <translation>Shows only books whose title, author or state contains this text</translation>
    </message>
    <message>
        <source>Sort &amp;by:</source>
        <translation>Sort &amp;by:</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation>Recently added</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>State and due date</source>
        <translation>State and due date</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <source>Import fol&amp;der…</source>
        <translation>Import fol&amp;der…</translation>
    </message>
    <message>
        <source>&amp;Remove from shelf</source>
        <translation>&amp;Remove from shelf</translation>
    </message>
    <message>
        <source>Open the selected book</source>
        <translation>Open the selected book</translation>
    </message>
    <message>
        <source>Remove the selected book</source>
        <translation>Remove the selected book</translation>
    </message>
    <message>
        <source>Import books</source>
        <translation>Import books</translation>
    </message>
    <message>
        <source>Books and audio (*.epub *.zip *.opf *.html *.json *.lpf *.audiobook *.m3u *.m3u8 *.mp3 *.m4a *.m4b *.ogg *.opus *.flac *.wav);;All files (*)</source>
        <translation>Books and audio (*.epub *.zip *.opf *.html *.json *.lpf *.audiobook *.m3u *.m3u8 *.mp3 *.m4a *.m4b *.ogg *.opus *.flac *.wav);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n book(s)…</source>
        <translation>
            <numerusform>Importing %n book…</numerusform>
            <numerusform>Importing %n books…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a DAISY book or audiobook folder</source>
        <translation>Import a DAISY book or audiobook folder</translation>
    </message>
    <message numerus="yes">
        <source>%n book(s) added to the shelf.</source>
        <translation>
            <numerusform>%n book added to the shelf.</numerusform>
            <numerusform>%n books added to the shelf.</numerusform>
        </translation>
    </message>
    <message>
        <source>This loan is not downloaded yet. Download it from the Catalog&apos;s loans list.</source>
        <translation>This loan is not downloaded yet. Download it from the Catalog&apos;s loans list.</translation>
    </message>
    <message>
        <source>“%1” removed from the shelf; the file itself is kept.</source>
        <translation>“%1” removed from the shelf; the file itself is kept.</translation>
    </message>
    <message>
        <source>Enter opens the book; Delete removes it from the shelf; Ctrl+R renews a loan; Ctrl+Shift+R returns it</source>
        <translation>Enter opens the book; Delete removes it from the shelf; Ctrl+R renews a loan; Ctrl+Shift+R returns it</translation>
    </message>
    <message>
        <source>Re&amp;new loan</source>
        <translation>Re&amp;new loan</translation>
    </message>
    <message>
        <source>Asks the library for more time with the selected loan</source>
        <translation>Asks the library for more time with the selected loan</translation>
    </message>
    <message>
        <source>Ret&amp;urn loan</source>
        <translation>Ret&amp;urn loan</translation>
    </message>
    <message>
        <source>Gives the selected loan back to the library, or cancels the hold</source>
        <translation>Gives the selected loan back to the library, or cancels the hold</translation>
    </message>
    <message>
        <source>Renew the selected loan</source>
        <translation>Renew the selected loan</translation>
    </message>
    <message>
        <source>Return the selected loan or cancel the hold</source>
        <translation>Return the selected loan or cancel the hold</translation>
    </message>
    <message>
        <source>Canc&amp;el hold</source>
        <translation>Canc&amp;el hold</translation>
    </message>
    <message>
        <source>“%1” is not on loan from a library.</source>
        <translation>“%1” is not on loan from a library.</translation>
    </message>
    <message>
        <source>“%1” is a hold, not a loan: there is nothing to renew yet.</source>
        <translation>“%1” is a hold, not a loan: there is nothing to renew yet.</translation>
    </message>
    <message>
        <source>Cancel hold</source>
        <translation>Cancel hold</translation>
    </message>
    <message>
        <source>Return loan</source>
        <translation>Return loan</translation>
    </message>
    <message>
        <source>Cancel your hold on “%1”?</source>
        <translation>Cancel your hold on “%1”?</translation>
    </message>
    <message>
        <source>Return “%1” to the library now? It leaves your loans.</source>
        <translation>Return “%1” to the library now? It leaves your loans.</translation>
    </message>
    <message>
        <source>Renewing “%1”…</source>
        <translation>Renewing “%1”…</translation>
    </message>
    <message>
        <source>Returning “%1”…</source>
        <translation>Returning “%1”…</translation>
    </message>
    <message>
        <source>“%1” was not renewed: %2</source>
        <translation>“%1” was not renewed: %2</translation>
    </message>
    <message>
        <source>“%1” was not returned: %2</source>
        <translation>“%1” was not returned: %2</translation>
    </message>
    <message>
        <source>Renewed “%1”.</source>
        <translation>Renewed “%1”.</translation>
    </message>
    <message>
        <source>Returned “%1”.</source>
        <translation>Returned “%1”.</translation>
    </message>
    <message>
        <source>Renewed “%1”: now due on %2.</source>
        <translation>Renewed “%1”: now due on %2.</translation>
    </message>
</context>
<context>
    <name>tingdu::client::VoicePerLanguage</name>
    <message>
        <source>Voice language</source>
        <translation>Voice language</translation>
    </message>
    <message>
        <source>Choose a language, then the voice that reads it</source>
        <translation>Choose a language, then the voice that reads it</translation>
    </message>
    <message>
        <source>Voice &amp;language:</source>
        <translation>Voice &amp;language:</translation>
    </message>
    <message>
        <source>Voice for this language</source>
        <translation>Voice for this language</translation>
    </message>
    <message>
        <source>&amp;Voice for this language:</source>
        <translation>&amp;Voice for this language:</translation>
    </message>
    <message>
        <source>No voices: the speech synthesizer could not start</source>
        <translation>No voices: the speech synthesizer could not start</translation>
    </message>
    <message>
        <source>Chosen by Tingdu</source>
        <translation>Chosen by Tingdu</translation>
    </message>
    <message>
        <source>Chosen by Tingdu: %1</source>
        <translation>Chosen by Tingdu: %1</translation>
    </message>
    <message>
        <source>Set by the library</source>
        <translation>Set by the library</translation>
    </message>
</context>
<context>
    <name>tingdu::station::AdminPinDialog</name>
    <message>
        <source>Station administrator</source>
        <translation>Station administrator</translation>
    </message>
    <message>
        <source>Administrator PIN</source>
        <translation>Administrator PIN</translation>
    </message>
    <message>
        <source>Administrator &amp;PIN:</source>
        <translation>Administrator &amp;PIN:</translation>
    </message>
    <message>
        <source>No administrator PIN is set in the station configuration.</source>
        <translation>No administrator PIN is set in the station configuration.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Leave station mode</source>
        <translation>&amp;Leave station mode</translation>
    </message>
    <message>
        <source>That PIN is not right. The station stays as it is.</source>
        <translation>That PIN is not right. The station stays as it is.</translation>
    </message>
</context>
<context>
    <name>tingdu::station::StationShell</name>
    <message>
        <source>Tingdu</source>
        <translation>Tingdu</translation>
    </message>
    <message>
        <source>Session notice</source>
        <translation>Session notice</translation>
    </message>
    <message>
        <source>The session ended because no key was pressed for a while; everything of it was cleared.</source>
        <translation>The session ended because no key was pressed for a while; everything of it was cleared.</translation>
    </message>
    <message numerus="yes">
        <source>Your session ends in %n second(s). Press any key to keep it.</source>
        <translation>
            <numerusform>Your session ends in %n second. Press any key to keep it.</numerusform>
            <numerusform>Your session ends in %n seconds. Press any key to keep it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session continues.</source>
        <translation>Your session continues.</translation>
    </message>
    <message>
        <source>Your session is finished and everything of it was cleared. Thank you.</source>
        <translation>Your session is finished and everything of it was cleared. Thank you.</translation>
    </message>
    <message>
        <source>Press F12 again to finish your session and clear everything of yours.</source>
        <translation>Press F12 again to finish your session and clear everything of yours.</translation>
    </message>
    <message>
        <source>Files cannot be opened from this computer at a library station.</source>
        <translation>Files cannot be opened from this computer at a library station.</translation>
    </message>
    <message>
        <source>Only the library staff can close the station.</source>
        <translation>Only the library staff can close the station.</translation>
    </message>
</context>
<context>
    <name>tingdu::station::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Welcome to the library&apos;s listening and reading station</source>
        <translation>Welcome to the library&apos;s listening and reading station</translation>
    </message>
    <message numerus="yes">
        <source>Press Tab to move from button to button and Enter to press one. Press Start to borrow, read and listen to books. In every place, F1 tells you its keys. When you have finished, press F12 twice: everything of yours is cleared for the next visitor. After %n minute(s) without a key press your session ends by itself.</source>
        <translation>
            <numerusform>Press Tab to move from button to button and Enter to press one. Press Start to borrow, read and listen to books. In every place, F1 tells you its keys. When you have finished, press F12 twice: everything of yours is cleared for the next visitor. After %n minute without a key press your session ends by itself.</numerusform>
            <numerusform>Press Tab to move from button to button and Enter to press one. Press Start to borrow, read and listen to books. In every place, F1 tells you its keys. When you have finished, press F12 twice: everything of yours is cleared for the next visitor. After %n minutes without a key press your session ends by itself.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Hear the instructions again</source>
        <translation>&amp;Hear the instructions again</translation>
    </message>
</context>
</TS>
