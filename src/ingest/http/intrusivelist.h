#pragma once

#include <QtGlobal>

namespace bb {

// The two pointers an element carries for each IntrusiveList it can be in.
template<typename T>
struct ListLink
{
    T *previous = nullptr;
    T *next = nullptr;
    bool linked = false;
};

// A doubly linked list threaded through its elements (each holds a ListLink member), so that
// appending, removing and taking the first element cost O(1) and never allocate. Elements are
// not owned; an element is in at most one list per link member. The list holds no pointer into
// itself, so it may be moved (it can live in a hash).
template<typename T, ListLink<T> T::*Link>
class IntrusiveList
{
public:
    bool isEmpty() const { return !m_first; }
    T *first() const { return m_first; }

    void append(T *item)
    {
        ListLink<T> &link = item->*Link;
        Q_ASSERT(!link.linked);
        link.previous = m_last;
        link.next = nullptr;
        link.linked = true;
        if (m_last)
            (m_last->*Link).next = item;
        else
            m_first = item;
        m_last = item;
    }

    // Does nothing for an element that is in no list; it must not be in another one.
    void remove(T *item)
    {
        ListLink<T> &link = item->*Link;
        if (!link.linked)
            return;
        if (link.previous)
            (link.previous->*Link).next = link.next;
        else
            m_first = link.next;
        if (link.next)
            (link.next->*Link).previous = link.previous;
        else
            m_last = link.previous;
        link = ListLink<T>();
    }

private:
    T *m_first = nullptr;
    T *m_last = nullptr;
};

} // namespace bb
