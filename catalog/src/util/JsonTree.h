#pragma once
// A light JSON tree for OPDS 2 feeds, built from Poco's JSON tokenizer events. Poco's own
// Object/Var DOM allocates a map node and a type-erased holder per value; feeds have tens of
// thousands of values, so this plain tree is several times cheaper to build and to free.
#include <Poco/JSON/Handler.h>

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tingdu::catalog::jt {

struct Member;

struct Node {
    enum class Type : unsigned char { Null, Bool, Number, String, Object, Array };
    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<Member> members;  // objects, in document order (a named struct: std::pair of an
                                  // incomplete Node is ill-formed, and clang refuses it)
    std::vector<Node> items;                            // arrays

    bool isObject() const { return type == Type::Object; }
    bool isArray() const { return type == Type::Array; }
    bool isString() const { return type == Type::String; }
    /// The member named key, or nullptr (also when this is not an object).
    const Node* get(std::string_view key) const;
};
struct Member {
    std::string first;  // the key
    Node second;        // the value
};


/// Builds a Node tree; objects that are direct items of the root's "publications" array are
/// handed to onPublication as soon as they close and then dropped (bounded memory).
class TreeBuilder : public Poco::JSON::Handler {
public:
    using PublicationFn = std::function<void(const Node&)>;
    explicit TreeBuilder(PublicationFn onPublication) : m_onPublication(std::move(onPublication)) {}

    const Node& root() const { return m_root; }
    std::size_t maxDepth = 200;  ///< nesting bound for untrusted input

    void reset() override;
    void startObject() override { open(Node::Type::Object); }
    void endObject() override { close(); }
    void startArray() override { open(Node::Type::Array); }
    void endArray() override { close(); }
    void key(const std::string& k) override { m_key = k; }
    void null() override { scalar(Node{}); }
    void value(int v) override { number(v); }
    void value(unsigned v) override { number(v); }
    void value(Poco::Int64 v) override { number(static_cast<double>(v)); }
    void value(Poco::UInt64 v) override { number(static_cast<double>(v)); }
    void value(const std::string& s) override;
    void value(double d) override { number(d); }
    void value(bool b) override;
    Poco::Dynamic::Var asVar() const override { return {}; }

private:
    Node& place(Node&& n);
    void open(Node::Type type);
    void close();
    void scalar(Node&& n) { place(std::move(n)); }
    void number(double d);

    Node m_root;
    bool m_haveRoot = false;
    std::vector<Node*> m_stack;  // open containers; parents never grow while a child is open
    std::string m_key;
    PublicationFn m_onPublication;
};

const Node* object(const Node* o, std::string_view key);
const Node* array(const Node* o, std::string_view key);
/// A string member; a localized-string object yields its "en" or first value.
std::string string(const Node* o, std::string_view key);
std::vector<std::string> strings(const Node* o, std::string_view key);
int integer(const Node* o, std::string_view key, int fallback = -1);
double number(const Node* o, std::string_view key, double fallback = 0);
bool boolean(const Node* o, std::string_view key, bool fallback = false);
inline std::size_t size(const Node* a) { return a ? a->items.size() : 0; }
const Node* objectAt(const Node* a, std::size_t i);
std::string stringAt(const Node* a, std::size_t i);

}  // namespace tingdu::catalog::jt
