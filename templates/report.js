// The report's tables: sorting by a column, filters of the deprecated-import tables (path,
// batch, part of the file name) and paging of long tables. Filters and sorting are kept in
// the URL's fragment (#c0.path=compat&c0-edges-table.sort=0), so a link shows the same view.
// Plain DOM, no dependencies, works offline; without script every row stays visible.
(() => {
  const state = new URLSearchParams(location.hash.slice(1));
  const save = () => {
    for (const [key, value] of [...state])
      if (value === "" || !key.includes(".")) state.delete(key);
    history.replaceState(null, "", `#${state.toString()}`);
  };

  const cellValue = (row, index) => {
    const cell = row.cells[index];
    if (!cell) return "";
    return cell.dataset.sort ?? cell.textContent.trim();
  };
  const compare = (numeric) => (a, b) => {
    if (!numeric) return a.localeCompare(b, "en");
    return (
      Number.parseFloat(a.replace(/[^0-9.-]/g, "")) - Number.parseFloat(b.replace(/[^0-9.-]/g, ""))
    );
  };

  // Sorting: a button in every header; a second click reverses the order.
  for (const table of document.querySelectorAll("table[data-sortable]")) {
    const body = table.tBodies[0];
    if (!body) continue;
    const original = Array.from(body.rows);
    const headers = Array.from(table.tHead?.rows[0]?.cells ?? []);
    const sortBy = (index, descending) => {
      const numeric = headers[index]?.classList.contains("num");
      const rows =
        index < 0
          ? original
          : [...original].sort((a, b) =>
              compare(numeric)(cellValue(a, index), cellValue(b, index)),
            );
      if (descending) rows.reverse();
      for (const row of rows) body.appendChild(row);
      headers.forEach((th, i) => {
        if (i === index) th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        else th.removeAttribute("aria-sort");
      });
      table.dispatchEvent(new Event("sorted"));
    };
    headers.forEach((th, index) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      button.addEventListener("click", () => {
        const descending = th.getAttribute("aria-sort") === "ascending";
        sortBy(index, descending);
        if (table.id) {
          state.set(`${table.id}.sort`, `${index}${descending ? "-" : ""}`);
          save();
        }
      });
      th.textContent = "";
      th.appendChild(button);
    });
    const saved = table.id ? state.get(`${table.id}.sort`) : null;
    if (saved && /^\d+-?$/.test(saved)) sortBy(Number.parseInt(saved, 10), saved.endsWith("-"));
  }

  // Paging: a long table shows its first rows (data-page of them) and buttons for more.
  const pagers = new Map();
  for (const table of document.querySelectorAll("table[data-page]")) {
    const size = Number.parseInt(table.dataset.page, 10);
    const more = table.parentElement.querySelector("[data-more]");
    const pager = { size, limit: size, keep: () => true, shown: () => undefined };
    pager.apply = () => {
      let matching = 0;
      for (const row of table.tBodies[0].rows) {
        const keep = pager.keep(row);
        if (keep) matching++;
        row.hidden = !keep || matching > pager.limit;
      }
      pager.shown(Math.min(matching, pager.limit), matching);
      if (more) more.hidden = matching <= pager.limit;
    };
    more?.querySelector("[data-show-more]").addEventListener("click", () => {
      pager.limit += size;
      pager.apply();
    });
    more?.querySelector("[data-show-all]").addEventListener("click", () => {
      pager.limit = Number.POSITIVE_INFINITY;
      pager.apply();
    });
    table.addEventListener("sorted", () => pager.apply());
    pagers.set(table, pager);
    pager.apply();
  }

  // Filters of the deprecated-import tables.
  const number = (n) => n.toLocaleString("en-US");
  for (const edges of document.querySelectorAll("[data-edges]")) {
    const form = edges.querySelector("[data-filters]");
    const key = form.dataset.key;
    const selects = Array.from(edges.querySelectorAll("select[data-filter]"));
    const text = edges.querySelector("input[data-filter-text]");
    const shown = edges.querySelector("[data-shown]");
    const pager = pagers.get(edges.querySelector("table"));
    pager.keep = (row) => {
      const needle = text.value.trim().toLowerCase();
      return (
        selects.every((s) => s.value === "" || row.dataset[s.dataset.filter] === s.value) &&
        (needle === "" || row.dataset.file.toLowerCase().includes(needle))
      );
    };
    pager.shown = (visible, matching) => {
      shown.textContent = `${number(visible)} of ${number(matching)} matching`;
    };
    const changed = () => {
      pager.limit = pager.size;
      pager.apply();
      for (const s of selects) state.set(`${key}.${s.dataset.filter}`, s.value);
      state.set(`${key}.file`, text.value);
      save();
    };
    for (const s of selects) {
      const saved = state.get(`${key}.${s.dataset.filter}`);
      if (saved && Array.from(s.options).some((o) => o.value === saved)) s.value = saved;
      s.addEventListener("change", changed);
    }
    text.value = state.get(`${key}.file`) ?? "";
    text.addEventListener("input", changed);
    form.addEventListener("submit", (event) => event.preventDefault());
    form.hidden = false;
    pager.apply();
  }
})();
