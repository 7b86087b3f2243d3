// Catalog test server: the provincial profile — holdings, return-anywhere libraries, credit
// reading (home delivery / pickup, followed through its states), reading events.
#include <Poco/Data/Statement.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "ServerState.h"

using namespace Poco::Data::Keywords;

namespace tingdu::testing {

namespace {

constexpr const char* kType = "application/vnd.tingdu.province+json";

// Deliberately not in distance order: the client sorts.
constexpr const char* kLibraries = R"({"libraries":[
 {"id":"wenzhou","name":"Wenzhou Library","address":"Wenzhou, Shifu Rd 1","telephone":"0577-0000","openingHours":"Tue-Sun 09:00-17:00","geo":{"latitude":28.0000,"longitude":120.6720},"facilities":["step-free"]},
 {"id":"hangzhou","name":"Hangzhou Library","address":"Hangzhou, Jiefang East Rd 58","telephone":"0571-0001","openingHours":"Daily 09:00-21:00","geo":{"latitude":30.2431,"longitude":120.2117},"facilities":["step-free","braille","audio-hall","staff-help"]},
 {"id":"ningbo","name":"Ningbo Library","address":"Ningbo, Zhongshan West Rd 2","telephone":"0574-0002","openingHours":"Tue-Sun 08:30-17:00","geo":{"latitude":29.8683,"longitude":121.5440},"facilities":["staff-help"]},
 {"id":"zhejiang","name":"Zhejiang Library","address":"Hangzhou, Shuguang Rd 73","telephone":"0571-0003","openingHours":"Tue-Sun 09:00-20:30","geo":{"latitude":30.2741,"longitude":120.1450},"facilities":["step-free","braille","audio-hall"]}
]})";

constexpr const char* kEvents = R"({"events":[
 {"id":"e1","title":"Audio-described film afternoon","start":"2026-12-05T14:00:00+08:00","end":"2026-12-05T16:00:00+08:00","library":"Ningbo Library","address":"Ningbo, Zhongshan West Rd 2","geo":{"latitude":29.8683,"longitude":121.5440},"accessibility":["step-free","audio-description"],"signUp":"tel:0574-0002"},
 {"id":"e2","title":"Braille reading circle","start":"2026-12-06T10:00:00+08:00","end":"2026-12-06T11:30:00+08:00","library":"Zhejiang Library","address":"Hangzhou, Shuguang Rd 73","geo":{"latitude":30.2741,"longitude":120.1450},"accessibility":["step-free","braille","staff-help"],"signUp":"https://example.org/events/e2"}
]})";

}  // namespace

bool CatalogTestServer::State::routeProvince(Request& req, Response& resp, const std::string& path)
{
    if (path == "/libraries") {
        sendText(resp, 200, kType, kLibraries);
        return true;
    }
    if (path == "/events") {
        sendText(resp, 200, kType, kEvents);
        return true;
    }
    if (path.rfind("/holdings/", 0) == 0) {
        const TestBook* b = book(path.substr(10));
        if (!b) return false;
        sendText(resp, 200, kType,
                 R"({"holdings":[{"libraryId":"zhejiang","library":"Zhejiang Library","branch":"Braille and audio room","callNumber":"I247.5/)" +
                     b->id + R"(","format":"braille","status":"available"},)"
                     R"({"libraryId":"hangzhou","library":"Hangzhou Library","branch":"Main","callNumber":"I247.5/)" + b->id +
                     R"(","format":"large-print","status":"on-loan","due":"2026-12-20"},)"
                     R"({"libraryId":"ningbo","library":"Ningbo Library","branch":"Haishu","callNumber":"CD/)" + b->id +
                     R"(","format":"daisy-cd","status":"available"}]})");
        return true;
    }
    const bool create = path.rfind("/delivery/", 0) == 0, status = path.rfind("/delivery-status/", 0) == 0;
    if (!create && !status) return false;
    auto who = patron(req);
    if (!who) {
        sendUnauthorized(resp, false);
        return true;
    }
    std::lock_guard lock(mutex);
    if (create) {
        if (req.getMethod() != "POST") {
            sendText(resp, 405, "text/plain", "POST a request");
            return true;
        }
        std::string body((std::istreambuf_iterator<char>(req.stream())), {});
        Poco::JSON::Object::Ptr o;
        try {
            o = Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
        } catch (const Poco::Exception&) {
            sendProblem(resp, 400, "https://tingdu.zj/opds/problem/bad-request", "Unreadable request");
            return true;
        }
        std::string mode = o->optValue<std::string>("mode", ""), library = o->optValue<std::string>("pickupLibrary", "");
        std::string bookId = path.substr(10), p = *who;
        if (mode == "pickup" && library != "zhejiang" && library != "hangzhou" && library != "ningbo" && library != "wenzhou") {
            sendProblem(resp, 400, "https://tingdu.zj/opds/problem/library-not-found", "Unknown library");
            return true;
        }
        db << "INSERT INTO deliveries (patron, book, mode, library, state, polls) VALUES (?, ?, ?, ?, 'requested', 0)",
            use(p), use(bookId), use(mode), use(library), now;
        int id = 0;
        db << "SELECT last_insert_rowid()", into(id), now;
        sendText(resp, 201, kType,
                 R"({"id":")" + std::to_string(id) + R"(","state":"requested","mode":")" + mode + R"(","pickupLibrary":")" + library +
                     R"(","updated":"2026-12-01T09:00:00Z","statusUrl":"/delivery-status/)" + std::to_string(id) +
                     R"(","message":"No deposit and no fee: the library pays the courier."})");
        return true;
    }
    // Each poll moves the request one step on: requested → preparing → dispatched/ready-for-pickup → delivered.
    int id = atoi(path.substr(17).c_str());
    std::string mode, library;
    int polls = -1;
    Poco::Data::Statement select(db);
    select << "SELECT mode, library, polls FROM deliveries WHERE id = ?", use(id), into(mode), into(library), into(polls);
    if (select.execute() == 0) {
        sendText(resp, 404, "text/plain", "no such request");
        return true;
    }
    ++polls;
    db << "UPDATE deliveries SET polls = ? WHERE id = ?", use(polls), use(id), now;
    const char* steps[] = {"preparing", mode == "home" ? "dispatched" : "ready-for-pickup", "delivered"};
    const std::string state = steps[std::min(polls, 3) - 1];
    sendText(resp, 200, kType,
             R"({"id":")" + std::to_string(id) + R"(","state":")" + state + R"(","mode":")" + mode + R"(","pickupLibrary":")" + library +
                 R"(","updated":"2026-12-02T09:00:00Z","statusUrl":"/delivery-status/)" + std::to_string(id) + R"("})");
    return true;
}

}  // namespace tingdu::testing
