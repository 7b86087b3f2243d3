// The light JSON tree (see JsonTree.h).
#include "util/JsonTree.h"

#include <Poco/Exception.h>

#include <cmath>

namespace tingdu::catalog::jt {

const Node* Node::get(std::string_view key) const
{
    if (type != Type::Object) return nullptr;
    for (const auto& [k, v] : members)
        if (k == key) return &v;
    return nullptr;
}

void TreeBuilder::reset()
{
    m_root = Node{};
    m_haveRoot = false;
    m_stack.clear();
}

Node& TreeBuilder::place(Node&& n)
{
    if (m_stack.empty()) {
        if (m_haveRoot) throw Poco::DataFormatException("more than one JSON value");
        m_haveRoot = true;
        m_root = std::move(n);
        return m_root;
    }
    Node* parent = m_stack.back();
    if (parent->isObject()) {
        parent->members.push_back(Member{std::move(m_key), std::move(n)});
        m_key.clear();
        return parent->members.back().second;
    }
    parent->items.push_back(std::move(n));
    return parent->items.back();
}

void TreeBuilder::open(Node::Type type)
{
    if (m_stack.size() >= maxDepth) throw Poco::DataFormatException("JSON nested too deeply");
    Node n;
    n.type = type;
    m_stack.push_back(&place(std::move(n)));
}

void TreeBuilder::close()
{
    if (m_stack.empty()) return;
    Node* done = m_stack.back();
    m_stack.pop_back();
    // A publication of the root's "publications" array: hand it over, then drop it.
    if (m_stack.size() == 2 && done->isObject() && m_stack[0] == &m_root && m_stack[1]->isArray() &&
        !m_root.members.empty() && m_root.members.back().first == "publications" &&
        &m_root.members.back().second == m_stack[1]) {
        m_onPublication(*done);
        m_stack[1]->items.pop_back();
    }
}

void TreeBuilder::value(const std::string& s)
{
    Node n;
    n.type = Node::Type::String;
    n.string = s;
    place(std::move(n));
}

void TreeBuilder::value(bool b)
{
    Node n;
    n.type = Node::Type::Bool;
    n.boolean = b;
    place(std::move(n));
}

void TreeBuilder::number(double d)
{
    Node n;
    n.type = Node::Type::Number;
    n.number = d;
    place(std::move(n));
}

const Node* object(const Node* o, std::string_view key)
{
    const Node* n = o ? o->get(key) : nullptr;
    return n && n->isObject() ? n : nullptr;
}

const Node* array(const Node* o, std::string_view key)
{
    const Node* n = o ? o->get(key) : nullptr;
    return n && n->isArray() ? n : nullptr;
}

std::string string(const Node* o, std::string_view key)
{
    const Node* n = o ? o->get(key) : nullptr;
    if (!n) return {};
    if (n->isString()) return n->string;
    if (n->isObject()) {  // OPDS 2 localized string: {"en": "...", "fr": "..."}
        if (const Node* en = n->get("en"); en && en->isString()) return en->string;
        for (const auto& [k, v] : n->members)
            if (v.isString()) return v.string;
    }
    return {};
}

std::vector<std::string> strings(const Node* o, std::string_view key)
{
    std::vector<std::string> out;
    if (const Node* a = array(o, key)) {
        for (const auto& i : a->items)
            if (i.isString()) out.push_back(i.string);
    } else if (std::string s = string(o, key); !s.empty()) {
        out.push_back(std::move(s));
    }
    return out;
}

int integer(const Node* o, std::string_view key, int fallback)
{
    const Node* n = o ? o->get(key) : nullptr;
    if (!n || n->type != Node::Type::Number || !std::isfinite(n->number) || std::fabs(n->number) > 2e9) return fallback;
    return static_cast<int>(n->number);
}

double number(const Node* o, std::string_view key, double fallback)
{
    const Node* n = o ? o->get(key) : nullptr;
    return n && n->type == Node::Type::Number ? n->number : fallback;
}

bool boolean(const Node* o, std::string_view key, bool fallback)
{
    const Node* n = o ? o->get(key) : nullptr;
    return n && n->type == Node::Type::Bool ? n->boolean : fallback;
}

const Node* objectAt(const Node* a, std::size_t i)
{
    if (!a || i >= a->items.size() || !a->items[i].isObject()) return nullptr;
    return &a->items[i];
}

std::string stringAt(const Node* a, std::size_t i)
{
    if (!a || i >= a->items.size() || !a->items[i].isString()) return {};
    return a->items[i].string;
}

}  // namespace tingdu::catalog::jt
