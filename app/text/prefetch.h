// Asking the processor to bring memory into the cache before it is read: the
// blocks and display lines of a long page live apart in memory, where the
// processor sees no stream to fetch ahead, so each would otherwise wait for
// memory from its first character.
#pragma once

#include <QStringView>

namespace galley::text {

inline void prefetch(const void *address) {
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
#else
    Q_UNUSED(address);
#endif
}

// Every cache line of `text`.
inline void prefetchText(QStringView text) {
    constexpr qsizetype cacheLine = 64;
    const char *begin = reinterpret_cast<const char *>(text.data());
    const char *end = begin + text.size() * qsizetype(sizeof(QChar));
    for (const char *line = begin; line < end; line += cacheLine)
        prefetch(line);
}

} // namespace galley::text
