#pragma once
// Small, exception-free accessors over Poco::JSON for untrusted documents: a wrong type reads as absent.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <string>
#include <vector>

#include "tingdu/catalog/Result.h"

namespace tingdu::catalog::json {

using ObjectPtr = Poco::JSON::Object::Ptr;
using ArrayPtr = Poco::JSON::Array::Ptr;

/// Parses a whole JSON document whose root must be an object.
Result<ObjectPtr> parseObject(const std::string& body, const std::string& subject);

ObjectPtr object(const ObjectPtr& o, const std::string& key);
ArrayPtr array(const ObjectPtr& o, const std::string& key);
bool has(const ObjectPtr& o, const std::string& key);
/// A string value; numbers are not converted. A localized-string object yields its "en" or first value.
std::string string(const ObjectPtr& o, const std::string& key);
/// A string or an array of strings as a list.
std::vector<std::string> strings(const ObjectPtr& o, const std::string& key);
int integer(const ObjectPtr& o, const std::string& key, int fallback = -1);
double number(const ObjectPtr& o, const std::string& key, double fallback = 0);
bool boolean(const ObjectPtr& o, const std::string& key, bool fallback = false);
/// Whether the key exists with a value of the wrong type (for strict validation).
bool isString(const ObjectPtr& o, const std::string& key);
bool isArray(const ObjectPtr& o, const std::string& key);
bool isObject(const ObjectPtr& o, const std::string& key);

/// Array element i as an object (null when it is not one).
ObjectPtr objectAt(const ArrayPtr& a, unsigned i);
std::string stringAt(const ArrayPtr& a, unsigned i);

/// Writes a JSON string literal with escapes (for small hand-built bodies).
std::string quote(const std::string& s);

}  // namespace tingdu::catalog::json
