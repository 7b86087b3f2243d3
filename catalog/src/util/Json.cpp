// Exception-free JSON access (see Json.h): Poco throws on bad casts, untrusted input must not.
#include "util/Json.h"

#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Parser.h>

#include <cstdio>

namespace tingdu::catalog::json {

Result<ObjectPtr> parseObject(const std::string& body, const std::string& subject)
{
    if (body.find_first_not_of(" \t\r\n") == std::string::npos)
        return makeError(ErrorCode::MalformedBody, "The document is empty.", subject);
    try {
        Poco::JSON::Parser parser;
        Poco::Dynamic::Var v = parser.parse(body);
        if (v.type() != typeid(ObjectPtr))
            return makeError(ErrorCode::MalformedBody, "The document is JSON but not a JSON object.", subject);
        return v.extract<ObjectPtr>();
    } catch (const Poco::Exception& e) {
        return makeError(ErrorCode::MalformedBody, "The document is not valid JSON: " + e.message() + ".", subject);
    }
}

ObjectPtr object(const ObjectPtr& o, const std::string& key)
{
    if (!o || !o->has(key) || !o->isObject(key)) return nullptr;
    return o->getObject(key);
}

ArrayPtr array(const ObjectPtr& o, const std::string& key)
{
    if (!o || !o->has(key) || !o->isArray(key)) return nullptr;
    return o->getArray(key);
}

bool has(const ObjectPtr& o, const std::string& key) { return o && o->has(key) && !o->isNull(key); }

std::string string(const ObjectPtr& o, const std::string& key)
{
    if (!o || !o->has(key)) return {};
    const Poco::Dynamic::Var v = o->get(key);
    if (v.isString()) return v.extract<std::string>();
    if (auto lang = object(o, key)) {  // OPDS 2 localized string: {"en": "...", "fr": "..."}
        if (lang->has("en") && lang->get("en").isString()) return lang->get("en").extract<std::string>();
        for (const auto& [k, val] : *lang)
            if (val.isString()) return val.extract<std::string>();
    }
    return {};
}

std::vector<std::string> strings(const ObjectPtr& o, const std::string& key)
{
    std::vector<std::string> out;
    if (auto a = array(o, key)) {
        for (unsigned i = 0; i < a->size(); ++i)
            if (a->get(i).isString()) out.push_back(a->get(i).extract<std::string>());
    } else if (std::string s = string(o, key); !s.empty()) {
        out.push_back(std::move(s));
    }
    return out;
}

int integer(const ObjectPtr& o, const std::string& key, int fallback)
{
    if (!o || !o->has(key)) return fallback;
    const Poco::Dynamic::Var v = o->get(key);
    if (!v.isNumeric()) return fallback;
    try {
        return v.convert<int>();
    } catch (const Poco::Exception&) {
        return fallback;
    }
}

double number(const ObjectPtr& o, const std::string& key, double fallback)
{
    if (!o || !o->has(key)) return fallback;
    const Poco::Dynamic::Var v = o->get(key);
    if (!v.isNumeric()) return fallback;
    try {
        return v.convert<double>();
    } catch (const Poco::Exception&) {
        return fallback;
    }
}

bool boolean(const ObjectPtr& o, const std::string& key, bool fallback)
{
    if (!o || !o->has(key)) return fallback;
    const Poco::Dynamic::Var v = o->get(key);
    return v.isBoolean() ? v.extract<bool>() : fallback;
}

bool isString(const ObjectPtr& o, const std::string& key) { return o && o->has(key) && o->get(key).isString(); }
bool isArray(const ObjectPtr& o, const std::string& key) { return o && o->has(key) && o->isArray(key); }
bool isObject(const ObjectPtr& o, const std::string& key) { return o && o->has(key) && o->isObject(key); }

ObjectPtr objectAt(const ArrayPtr& a, unsigned i)
{
    if (!a || i >= a->size() || !a->isObject(i)) return nullptr;
    return a->getObject(i);
}

std::string stringAt(const ArrayPtr& a, unsigned i)
{
    if (!a || i >= a->size() || !a->get(i).isString()) return {};
    return a->get(i).extract<std::string>();
}

std::string quote(const std::string& s)
{
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    return out + "\"";
}

}  // namespace tingdu::catalog::json
