#pragma once

#include <algorithm>
#include <cstdio>
#include <vector>

// One line of a benchmark report: the figure next to its target.
inline void benchLine(const char* what, double value, const char* unit, const char* target, bool ok)
{
    std::printf("  %-48s %10.1f %-7s target %-12s %s\n", what, value, unit, target, ok ? "ok" : "MISSED");
}

inline double benchMedian(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}
