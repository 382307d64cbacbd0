import type { ExportSlice } from './export-slice';
import type { ReviewSlice } from './review-slice';
import type { CorpusSlice } from './corpus-slice';
import type { FilterSlice } from './filter-slice';
import type { GraphSlice } from './graph-slice';
import type { HistorySlice } from './history-slice';
import type { ViewSlice } from './view-slice';

/** The whole app state: every slice's state and actions. */
export type AppState = GraphSlice & ViewSlice & FilterSlice & ExportSlice & HistorySlice & CorpusSlice & ReviewSlice;
