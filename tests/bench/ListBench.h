#pragma once
// The list benchmark: how long UpnList takes to read a hostile or careless file, the way the
// window and `revoke --csv` read it. Figures: a first line of 20,000 columns over 10,000 rows
// with no user names (the worst case of a search by values), 1,000 columns on every row with the
// names in the last one, and 20,000 columns on every one of 200 rows. Each figure is the CPU and
// wall time of one read, with what the reading said: since no record may hold more than
// CsvRecords::maxFields fields and only the first columns are searched, the wide ones are
// refused at once.

#include "Figures.h"

namespace rc::bench {

struct ListLoad
{
    int columns = 20000; // on the first line
    int rows = 10000;
    int wideColumns = 1000; // on every line of the second file
    int wideRows = 2000; // the third file has a tenth of them, as wide as the first line
};

void benchList(const ListLoad &load, Report &report);

} // namespace rc::bench
