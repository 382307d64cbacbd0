import { useDeferredValue, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { NODE_KIND_STYLES } from '../canvas';
import { useAppStoreApi } from '../store';
import { indexSearchItems, searchNodes } from './search-index';
import { useSearchItems } from './use-search-items';

export const SEARCH_INPUT_ID = 'sourcetrace-search';

/**
 * Fuzzy search over labels and aliases (an ARIA combobox); Enter selects and centres the match. On a reopen
 * it answers from the stored search record before the graph is in; a choice made then waits for the graph.
 */
export function SearchBox() {
  const store = useAppStoreApi();
  const items = useSearchItems();
  const index = useMemo(() => indexSearchItems(items), [items]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const deferred = useDeferredValue(query);
  const hits = useMemo(() => searchNodes(index, deferred), [index, deferred]);
  const listId = useId();
  const current = hits[Math.min(active, hits.length - 1)];

  const choose = (key: string) => {
    store.getState().revealWhenReady(key);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (hits.length ? (a + step + hits.length) % hits.length : 0));
    } else if (e.key === 'Enter' && current) {
      e.preventDefault();
      choose(current.item.key);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="search" role="search">
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        Search nodes
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        role="combobox"
        aria-expanded={open && hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && current ? `${listId}-${hits.indexOf(current)}` : undefined}
        placeholder="Search outlets, people, claims…  ( / )"
        value={query}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Search results"
        className="search-results"
        hidden={!open || !hits.length}
      >
        {hits.map((hit, i) => (
          <li
            key={hit.item.key}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={hit === current}
            onMouseDown={(e) => {
              e.preventDefault(); // keep focus in the input until the choice is made
              choose(hit.item.key);
            }}
          >
            <span className="hit-label">{hit.item.label}</span>
            <span className="hit-kind">
              {NODE_KIND_STYLES[hit.item.kind].label}
              {hit.via && ` · “${hit.via}”`}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
