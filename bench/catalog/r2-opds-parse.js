// Peer for bench/catalog: parses one feed with Readium's r2-opds-js the way Readium Desktop does
// (xmldom + XML.deserialize for OPDS 1, JSON.parse + TaJsonDeserialize for OPDS 2) and prints
// "<best CPU milliseconds> <RSS kB before the first parse> <peak RSS kB through it> <entries>". Usage: node r2-opds-parse.js MODULES_DIR opds1|opds2 FILE [repeats]
const path = require("path");
const fs = require("fs");
const [modulesArg, kind, file, repeatsArg] = process.argv.slice(2);
const modules = path.resolve(modulesArg);
const req = (p) => require(path.join(modules, p));
req("r2-opds-js/dist/es8-es2017/src/opds/init-globals").initGlobalConverters_OPDS();
req("r2-shared-js/dist/es8-es2017/src/init-globals").initGlobalConverters_GENERIC();
// Every module is loaded before the baseline is read and the clock starts.
const { OPDS } = req("r2-opds-js/dist/es8-es2017/src/opds/opds1/opds");
const { XML } = req("r2-utils-js/dist/es8-es2017/src/_utils/xml-js-mapper");
const xmldom = req("@xmldom/xmldom");
const { OPDSFeed } = req("r2-opds-js/dist/es8-es2017/src/opds/opds2/opds2");
const { TaJsonDeserialize } = req("r2-lcp-js/dist/es8-es2017/src/serializable");
const repeats = Number(repeatsArg || 1);
let best = Infinity;
let entries = 0;
let peakKb = -1;
let keep = null;  // the first result stays alive until its peak is read, as on the C++ side
const baselineKb = Math.round(process.memoryUsage().rss / 1024);
for (let i = 0; i < repeats; ++i) {
    const start = process.cpuUsage();  // CPU time (user+system), like the C++ side
    const text = fs.readFileSync(file, "utf8");
    if (kind === "opds1") {
        const dom = new xmldom.DOMParser().parseFromString(text, "application/xml");
        const feed = XML.deserialize(dom, OPDS);
        entries = feed.Entries ? feed.Entries.length : 0;
        if (i === 0) keep = feed;
    } else {
        const feed = TaJsonDeserialize(JSON.parse(text), OPDSFeed);
        entries = feed.Publications ? feed.Publications.length : 0;
        if (i === 0) keep = feed;
    }
    const used = process.cpuUsage(start);
    const ms = (used.user + used.system) / 1000;
    best = Math.min(best, ms);
    if (i === 0) peakKb = process.resourceUsage().maxRSS;
}
console.log(`${best.toFixed(2)} ${baselineKb} ${peakKb} ${keep ? entries : 0}`);
