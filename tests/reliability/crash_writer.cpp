// The victim of the crash-safety test: saves positions, bookmarks and loans and downloads books
// as fast as it can, printing "ack N" after each save has returned, until it is killed.
//   crash_writer DB SHELF_DIR URL CA_FILE SHA256
#include <cstdio>
#include <string>

#include "tingdu/catalog/Downloader.h"
#include "tingdu/catalog/ShelfDatabase.h"

using namespace tingdu::catalog;

int main(int argc, char** argv)
{
    if (argc != 6)
        return 2;
    auto db = ShelfDatabase::open(argv[1]);
    if (!db.ok()) {
        std::fprintf(stderr, "open: %s\n", db.error().message.c_str());
        return 1;
    }
    const std::string shelf = argv[2];
    HttpsOptions options;
    options.caFile = argv[4];
    HttpsClient client(options);
    long start = 0;
    if (auto p = (*db)->position("book"); p.ok() && *p)
        start = std::stol((*p)->locator);
    for (long i = start + 1;; ++i) {
        ReadingPosition position{"book", std::to_string(i), static_cast<double>(i % 1000) / 1000.0, {}};
        if (!(*db)->savePosition(position).ok())
            return 1;
        if (i % 5 == 0 && !(*db)->addBookmark({0, "book", std::to_string(i), "mark", "note", {}}).ok())
            return 1;
        if (i % 7 == 0) {
            LoanRecord loan;
            loan.libraryId = "lib";
            loan.publicationId = "book";
            loan.title = "Loan " + std::to_string(i);
            loan.state = "loaned";
            if (!(*db)->replaceLoans("lib", {loan}).ok())
                return 1;
        }
        std::printf("ack %ld\n", i);
        std::fflush(stdout);
        if (i % 20 == 0) {
            DownloadOptions d;
            d.sha256 = argv[5];
            d.resume = (i % 40 == 0);
            (void)download(client, argv[3], shelf + "/book-" + std::to_string(i % 3) + ".epub", d);
        }
    }
}
