// PMS pages: CSRF for htmx, copy buttons, confirmations, flash messages, the kanban board's drag and drop, the task
// panel, the comment box's @mentions and the header search's "/" and Ctrl+K shortcuts.
(function () {
  "use strict";
  // the header's search box: "/" puts the cursor in it from anywhere on a page, except while typing in a field;
  // Ctrl+K (Cmd+K on a Mac) does so even from a field, as in Linear and Jira
  document.addEventListener("keydown", (e) => {
    if (e.defaultPrevented || e.altKey) return;
    const commandK = e.key.toLowerCase() === "k" && (e.ctrlKey || e.metaKey) && !e.shiftKey;
    const slash = e.key === "/" && !e.ctrlKey && !e.metaKey;
    if (!commandK && !slash) return;
    const target = e.target;
    if (slash && target instanceof Element && target.closest("input, textarea, select, [contenteditable]")) return;
    const box = document.getElementById("search");
    if (!box) return;
    e.preventDefault();
    box.focus();
    box.select();
  });
  const meta = (name) => document.querySelector('meta[name="' + name + '"]')?.content || "";

  function flash(message, kind) {
    const box = document.getElementById("flash");
    if (!box) return;
    box.replaceChildren();
    const p = document.createElement("p");
    p.className = "flash " + (kind || "error");
    if (!kind) p.setAttribute("role", "alert"); // a notice is read out by the box's own aria-live
    p.textContent = message;
    box.appendChild(p);
  }

  document.addEventListener("htmx:configRequest", (e) => {
    e.detail.headers[meta("csrf-header")] = meta("csrf-token");
  });

  document.addEventListener("htmx:sendError", () => flash("PMS could not be reached. Check your connection and try again."));

  document.addEventListener("click", (e) => {
    const copy = e.target.closest("[data-copy]");
    if (copy) {
      const field = document.getElementById(copy.dataset.copy);
      field.select();
      (navigator.clipboard ? navigator.clipboard.writeText(field.value) : Promise.reject())
        .catch(() => document.execCommand("copy"))
        .finally(() => { copy.textContent = "Copied"; setTimeout(() => { copy.textContent = "Copy link"; }, 2000); });
    }
    if (e.target.closest("[data-dismiss]")) {
      document.getElementById("flash").replaceChildren();
    }
  });

  document.addEventListener("submit", (e) => {
    const question = e.target.dataset.confirm;
    if (question && !window.confirm(question)) e.preventDefault();
  });

  // Kanban: a drop is saved at once through the bulk-move API; a conflict reloads the board from the server.
  function saveDrop(board, item, from) {
    const previous = item.previousElementSibling;
    const move = {
      taskId: item.dataset.id,
      version: Number(item.dataset.version),
      status: item.parentElement.dataset.status,
      stateId: item.parentElement.dataset.state || null,
      afterTaskId: previous ? previous.dataset.id : null,
      projectId: board.dataset.project
    };
    board.setAttribute("aria-busy", "true");
    fetch(board.dataset.moves, {
      method: "POST",
      headers: { "Content-Type": "application/json", [meta("csrf-header")]: meta("csrf-token") },
      body: JSON.stringify({ moves: [move] })
    }).then(async (response) => {
      if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        throw new Error(problem.detail || "The move could not be saved.");
      }
      for (const task of await response.json()) {
        const card = board.querySelector('[data-id="' + task.id + '"]');
        if (card) card.dataset.version = task.version;
      }
      board.removeAttribute("aria-busy");
      if (from !== item.parentElement) {
        shiftCount(from, -1);
        shiftCount(item.parentElement, 1);
      }
      refreshIfStale(board);
    }).catch((error) => {
      flash(error.message + " The board has been refreshed.");
      htmx.ajax("GET", board.dataset.refresh, { target: board, swap: "outerHTML" });
    });
  }

  function refreshIfStale(board) {
    if (!board.dataset.stale) return;
    delete board.dataset.stale;
    htmx.ajax("GET", board.dataset.refresh, { target: board, swap: "outerHTML" });
  }

  // A column shows only its first cards, so its count is the server's total, moved by what this page did.
  function shiftCount(list, delta) {
    const count = list.closest(".column")?.querySelector(".count");
    if (!count) return;
    const total = Number(count.dataset.count) + delta;
    count.dataset.count = total;
    count.textContent = total.toLocaleString("en");
  }

  function initBoards(root) {
    root.querySelectorAll(".board[data-moves] .cards").forEach((list) => {
      if (list.sortable) return;
      const board = list.closest(".board");
      list.sortable = Sortable.create(list, {
        group: "board", animation: 120, forceFallback: true, fallbackTolerance: 3, draggable: ".card", filter: "form,input,button", preventOnFilter: false,
        onStart: () => { board.dataset.dragging = "true"; },
        onEnd: (e) => {
          delete board.dataset.dragging;
          if (e.from !== e.to || e.oldIndex !== e.newIndex) saveDrop(board, e.item, e.from);
          else refreshIfStale(board);
        }
      });
    });
  }

  // Kanban from the keyboard: Alt+Left/Right moves the focused card to the top of the previous/next column,
  // Alt+Up/Down one place within its column; it is saved as a drop is, and announced to screen readers.
  document.addEventListener("keydown", (e) => {
    const card = e.target.closest?.(".board[data-moves] .card");
    if (!card || !e.altKey || card !== e.target) return;
    const list = card.parentElement;
    const columns = [...card.closest(".board").querySelectorAll(".cards")];
    const index = columns.indexOf(list);
    let target = null;
    if (e.key === "ArrowLeft" && index > 0) target = () => columns[index - 1].prepend(card);
    if (e.key === "ArrowRight" && index < columns.length - 1) target = () => columns[index + 1].prepend(card);
    if (e.key === "ArrowUp" && card.previousElementSibling) target = () => card.previousElementSibling.before(card);
    if (e.key === "ArrowDown" && card.nextElementSibling) target = () => card.nextElementSibling.after(card);
    if (!target) return;
    e.preventDefault();
    target();
    card.focus();
    const column = card.parentElement;
    const place = [...column.children].indexOf(card) + 1;
    const announce = document.getElementById("board-announce");
    if (announce) announce.textContent = card.dataset.task + " moved to " + column.getAttribute("aria-label") + ", position " + place + " of " + column.children.length + ".";
    if (column !== list || e.key === "ArrowUp" || e.key === "ArrowDown") saveDrop(card.closest(".board"), card, list);
  });

  // htmx takes over a form some milliseconds after a live redraw has put it in the page (when the swap settles). A form
  // submitted in between, such as a board's quick-add as someone presses Enter, would go out as a plain GET of the page
  // and the typed task would be lost: such a submit is stopped, and made again once htmx has taken the form over.
  document.addEventListener("submit", (e) => {
    const form = e.target;
    if (e.defaultPrevented || !(form instanceof HTMLFormElement) || !form.hasAttribute("hx-post")) return;
    if (form.dataset.resubmitting) return; // htmx declined the form even when it had it: leave the submit alone
    e.preventDefault();
    form.dataset.resubmitting = "true";
    try {
      htmx.process(form);
      htmx.trigger(form, "submit"); // not requestSubmit(): a browser ignores it while the first submit is being fired
    } finally {
      delete form.dataset.resubmitting;
    }
  });

  document.addEventListener("htmx:afterRequest", (e) => {
    const form = e.target.closest("form[data-reset]");
    if (form && e.detail.successful) {
      form.reset();
      const list = form.closest(".column")?.querySelector(".cards");
      if (list) shiftCount(list, 1);
    }
  });

  // Imports: the file goes to the imports API; the page then shows the import's live progress partial.
  document.addEventListener("submit", (e) => {
    const form = e.target.closest("form[data-upload]");
    if (!form || e.defaultPrevented) return;
    e.preventDefault();
    const busy = document.getElementById("uploading");
    busy?.classList.add("htmx-request");
    fetch(form.action, { method: "POST", body: new FormData(form), headers: { [meta("csrf-header")]: meta("csrf-token") } })
      .then(async (response) => {
        const body = await response.json().catch(() => ({}));
        if (!response.ok) throw new Error(body.detail || "The file could not be uploaded.");
        document.getElementById("no-imports")?.remove();
        const item = document.createElement("li");
        document.getElementById("imports").prepend(item);
        form.reset();
        return htmx.ajax("GET", form.dataset.progress + body.id, { target: item, swap: "outerHTML" });
      })
      .catch((error) => flash(error.message))
      .finally(() => busy?.classList.remove("htmx-request"));
  });

  document.addEventListener("dragover", (e) => { if (e.target.closest(".drop")) { e.preventDefault(); e.target.closest(".drop").classList.add("over"); } });
  document.addEventListener("dragleave", (e) => e.target.closest(".drop")?.classList.remove("over"));
  document.addEventListener("drop", (e) => {
    const zone = e.target.closest(".drop");
    if (!zone) return;
    e.preventDefault();
    zone.classList.remove("over");
    zone.querySelector("input[type=file]").files = e.dataTransfer.files;
  });


  // Task panel: a link to a task opens it in a dialog over the board, table, calendar or home page, at the task's
  // own (shareable) address; Escape or Close closes it and gives the focus back to the link that opened it.
  const TASK_LINK = /^\/w\/[0-9a-f-]{36}\/tasks\/[0-9a-f-]{36}$/;
  let opener = null;
  let changedInPanel = false;

  function panelDialog() {
    let dialog = document.getElementById("task-panel");
    if (dialog) return dialog;
    dialog = document.createElement("dialog");
    dialog.id = "task-panel";
    dialog.className = "panel";
    dialog.setAttribute("aria-label", "Task");
    document.body.appendChild(dialog);
    dialog.addEventListener("close", () => {
      // the panel's event stream ends with it (htmx's SSE extension closes a source on cleanup)
      dialog.querySelectorAll("[sse-connect]").forEach((element) => htmx.trigger(element, "htmx:beforeCleanupElement"));
      dialog.replaceChildren();
      if (history.state && history.state.pmsPanel) history.back();
      // the focus goes back to the link, or to the same task's link if a live redraw has replaced it meanwhile; a board
      // then redraws its cards after changes made in the panel, and the swap keeps the focus on the same control. Once
      // that redraw lands, the person may have moved on (Shift+Tab to the card, Alt+Right): only a lost focus is restored.
      const href = opener ? opener.getAttribute("href") : null;
      const refocus = () => (opener && opener.isConnected ? opener : document.querySelector('main a[href="' + href + '"]'))?.focus();
      refocus();
      const board = document.querySelector(".board[data-refresh]");
      if (changedInPanel && board) {
        htmx.ajax("GET", board.dataset.refresh, { target: board, swap: "outerHTML" }).then(() => {
          if (!document.activeElement || document.activeElement === document.body) refocus();
        });
      }
      changedInPanel = false;
    });
    return dialog;
  }

  function openPanel(href, from) {
    opener = from;
    const dialog = panelDialog();
    htmx.ajax("GET", href, { target: dialog, swap: "innerHTML" }).then(() => {
      if (!dialog.open) dialog.showModal();
      if (location.pathname !== href) history.pushState({ pmsPanel: true }, "", href);
    });
  }

  document.addEventListener("click", (e) => {
    if (e.target.closest("[data-close-panel]")) {
      document.getElementById("task-panel")?.close();
      return;
    }
    const link = e.target.closest("a[href]");
    if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const href = link.getAttribute("href");
    if (!TASK_LINK.test(href) || link.closest("#task-panel") || location.pathname === href) return;
    e.preventDefault();
    openPanel(href, link);
  });

  window.addEventListener("popstate", () => {
    const dialog = document.getElementById("task-panel");
    if (dialog && dialog.open) dialog.close();
  });

  document.addEventListener("htmx:afterRequest", (e) => {
    if (e.detail.successful && e.target.closest?.("#task-panel") && e.detail.requestConfig?.verb === "post") changedInPanel = true;
  });

  // @mentions: typing @ and a few letters in a comment box lists the members whose name or email starts so;
  // choosing one writes "@their-email", which the server renders as a mention.
  function mentionQuery(box) {
    const match = /(?:^|\s)@([^\s@]{1,50})$/.exec(box.value.slice(0, box.selectionStart));
    return match ? match[1] : null;
  }

  function choose(box, option) {
    const query = mentionQuery(box);
    if (query === null) return;
    const at = box.selectionStart - query.length - 1;
    box.setRangeText("@" + option.dataset.email + " ", at, box.selectionStart, "end");
    document.getElementById(box.getAttribute("aria-controls")).hidden = true;
    box.focus();
  }

  document.addEventListener("input", (e) => {
    const box = e.target.closest?.("textarea[data-mentions]");
    if (!box) return;
    const list = document.getElementById(box.getAttribute("aria-controls"));
    const query = mentionQuery(box);
    if (query === null) { list.hidden = true; return; }
    fetch(box.dataset.mentions + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : []))
      .then((members) => {
        list.replaceChildren(...members.map((member) => {
          const option = document.createElement("li");
          option.setAttribute("role", "option");
          option.tabIndex = -1;
          option.dataset.email = member.email;
          option.textContent = member.name + " · " + member.email;
          return option;
        }));
        list.hidden = members.length === 0;
      });
  });

  document.addEventListener("keydown", (e) => {
    const box = e.target.closest?.("textarea[data-mentions]");
    const option = e.target.closest?.(".mention-choices [role=option]");
    if (box && e.key === "ArrowDown") {
      const first = document.getElementById(box.getAttribute("aria-controls")).querySelector("[role=option]");
      if (first && !first.parentElement.hidden) { e.preventDefault(); first.focus(); }
    } else if (option && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      choose(option.closest("form").querySelector("textarea[data-mentions]"), option);
    } else if (option && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
      e.preventDefault();
      (e.key === "ArrowDown" ? option.nextElementSibling : option.previousElementSibling)?.focus();
    }
  });

  document.addEventListener("click", (e) => {
    const option = e.target.closest(".mention-choices [role=option]");
    if (option) choose(option.closest("form").querySelector("textarea[data-mentions]"), option);
  });

  // A comment that was saved empties its box (the stream reloads with it).
  document.addEventListener("htmx:afterRequest", (e) => {
    if (e.detail.successful && e.target.id === "comment-box") {
      e.target.reset();
      document.getElementById("comment-error").textContent = "";
    }
  });

  // A link to a comment (#comment-<id>, as notifications give) scrolls to it once the stream has loaded.
  document.addEventListener("htmx:afterSwap", (e) => {
    const target = location.hash.startsWith("#comment-") && document.getElementById(location.hash.slice(1));
    if (target && e.target.contains(target)) target.scrollIntoView({ block: "center" });
  });

  // Live updates: htmx's SSE extension keeps the stream and refetches the board and the count (hx-trigger="sse:...");
  // here the table's changed rows are fetched again, and a readiness mark tells a test the stream is listening.
  document.addEventListener("htmx:sseOpen", (e) => {
    const root = e.target;
    const source = e.detail.source;
    if (source.pmsBound) return;
    source.pmsBound = true;
    source.addEventListener("ready", () => {
      if (root.id === "bell-live") root.dataset.inbox = "ready";
      else root.dataset.live = "ready";
    });
    source.addEventListener("task", (message) => {
      const event = JSON.parse(message.data);
      refreshRow(event);
      refreshPanel(root, event);
    });
    source.addEventListener("resync", () => refreshPanel(root, null));
    if (root.id !== "bell-live") source.addEventListener("import", (message) => announceImport(JSON.parse(message.data)));
  });

  // An import or its undo is one event, whatever its size: the page says what it did in one message, with the file's
  // and the project's names read from the API (the event carries ids only). A board with its panel open says it once.
  const announced = new Set();
  function announceImport(event) {
    const ws = /^\/w\/([0-9a-f-]{36})/.exec(location.pathname);
    if (!ws || !event.rows || announced.has((event.bulk || event.import) + event.change)) return;
    if (event.bulk) { // a bulk edit or its undo: the page's count follows; its rows show the change on the next load
      announced.add(event.bulk + event.change);
      const n = event.rows.toLocaleString("en") + (event.rows === 1 ? " task" : " tasks");
      flash(n + (event.change === "bulk-undone" ? " restored by undoing a bulk edit" : " changed by a bulk edit") + "; reload to see them", "ok");
      return;
    }
    announced.add(event.import + event.change);
    const api = "/api/v1/workspaces/" + ws[1];
    const json = (response) => (response.ok ? response.json() : Promise.reject(new Error()));
    const count = event.rows.toLocaleString("en") + (event.rows === 1 ? " task" : " tasks");
    fetch(api + "/imports/" + event.import, { headers: { Accept: "application/json" } }).then(json).then((made) => {
      if (event.change === "undone") return count + " removed by undoing import of " + made.fileName;
      return fetch(api + "/projects/" + made.projectId, { headers: { Accept: "application/json" } }).then(json)
        .then((project) => count + " added to " + project.name);
    }).then((message) => flash(message, "ok"), () => flash(count + (event.change === "undone" ? " removed by undoing an import" : " added by an import"), "ok"));
  }
  document.addEventListener("htmx:sseError", (e) => { e.target.dataset.live = "lost"; });

  function refreshRow(event) {
    const row = document.getElementById("task-" + event.task);
    if (!row) return;
    if (event.change === "deleted") { row.remove(); return; }
    // a link's event has no version (the task itself is unchanged): always refetch
    if (event.version != null && Number(row.dataset.version) >= event.version) return; // this page's own save already shows it
    htmx.ajax("GET", row.dataset.row, { target: row, swap: "outerHTML" });
  }

  // Task panel, live: someone else's change to the task refetches it (#task-live), and each part is swapped in by id,
  // except a field with text not yet saved, in a conflict, or being saved: it keeps what was typed, and saving it then
  // meets the conflict treatment of a same-field change. Until then the version stays the one those fields were seen at.
  function refreshPanel(panel, event) {
    const live = panel.matches?.(".task-panel") && panel.querySelector("#task-live");
    if (!live) return;
    if (event && event.change === "deleted") { flash("Someone else deleted this task."); return; }
    const version = panel.querySelector("#task-version");
    if (event && event.version != null && version && Number(version.value) >= event.version) return; // this panel's own save shows it already
    if (panel.querySelector("form.field.htmx-request")) { panel.dataset.stale = "true"; return; }
    delete panel.dataset.stale;
    htmx.trigger(live, "pms:live");
  }

  function unsaved(form) {
    const input = form.querySelector("[name=value]");
    const was = form.querySelector("[name=was]");
    return form.dataset.state === "conflict" || form.classList.contains("htmx-request") || (input && was && input.value !== was.value);
  }

  document.addEventListener("htmx:oobBeforeSwap", (e) => {
    const target = e.detail.target;
    const panel = target.closest?.(".task-panel");
    if (!panel) return;
    if (target.matches("form.field") && unsaved(target)) {
      e.detail.shouldSwap = false;
      const theirs = e.detail.fragment.querySelector("[name=was]");
      if (theirs && theirs.value !== target.querySelector("[name=was]").value) {
        const note = document.createElement("span");
        note.className = "conflict";
        note.textContent = "Someone else changed this field meanwhile. Your text stays here; saving it shows theirs beside it.";
        target.querySelector(".field-state").replaceChildren(note);
      }
    } else if (target.id === "task-version" && [...panel.querySelectorAll("form.field")].some(unsaved)) {
      e.detail.shouldSwap = false;
    } else if (target.id === "stream" && target.contains(document.activeElement) && document.activeElement.matches("textarea")) {
      e.detail.shouldSwap = false; // a comment being edited stays; its save reloads the stream
    }
  });

  document.addEventListener("htmx:afterRequest", (e) => {
    const panel = e.target.closest?.(".task-panel");
    if (panel && panel.dataset.stale && e.target.matches("form.field")) refreshPanel(panel, null);
  });

  // An inline edit the server refused (409): the answer is the row as saved, which replaces the edited one; this says why.
  document.addEventListener("htmx:responseError", (e) => {
    const row = e.detail.elt.closest?.("tr[data-row]");
    if (!row || e.detail.xhr.status !== 409) return;
    flash("'" + row.dataset.task + "' was changed by someone else meanwhile. The row shows what is saved now.");
  });

  // A status select saves when a choice is made: a click or a pick from the open list at once, arrow keys on the
  // closed select only once Enter is pressed or the focus leaves it, so that stepping through the options saves nothing.
  function commit(select) {
    delete select.dataset.keyed;
    if (select.value !== select.dataset.saved) htmx.trigger(select.form, "pms:commit");
  }
  document.addEventListener("keydown", (e) => {
    const select = e.target.closest?.("select[data-commit]");
    if (!select) return;
    if (["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown"].includes(e.key)) {
      select.dataset.keyed = "true";
    } else if (e.key === "Enter" && select.dataset.keyed) {
      e.preventDefault();
      commit(select);
    }
  });
  document.addEventListener("change", (e) => {
    const select = e.target.closest?.("select[data-commit]");
    if (select && !select.dataset.keyed) commit(select);
  });
  document.addEventListener("focusout", (e) => {
    const select = e.target.closest?.("select[data-commit]");
    if (select?.dataset.keyed) commit(select);
  });

  // A swap replaces the element that had the focus; it goes back to the same control in the new markup.
  let refocus = null;
  document.addEventListener("htmx:beforeSwap", (e) => {
    const active = document.activeElement;
    refocus = null;
    if (!active || active === document.body || !e.detail.target.contains(active)) return;
    const holder = active.id ? active : active.parentElement?.closest("[id]");
    if (!holder) return;
    refocus = "#" + CSS.escape(holder.id) + (holder === active ? "" : " " + (active.name ? '[name="' + CSS.escape(active.name) + '"]' : active.tagName.toLowerCase()));
  });
  // at once after the swap, in the same task: the focus is never seen on the body in between
  document.addEventListener("htmx:afterSwap", () => {
    if (refocus) document.querySelector(refocus)?.focus();
    refocus = null;
  });

  // A board is not refetched under a drag in progress: it is once the drop is saved.
  document.addEventListener("htmx:beforeRequest", (e) => {
    const board = e.detail.elt.id === "board-live" ? document.getElementById("board") : null;
    if (board && board.dataset.dragging) {
      e.preventDefault();
      board.dataset.stale = "true";
    }
  });

  // Table bulk edit: "select all" ticks every row of the page; the bar says how many are selected, and asks before a delete.
  function selectedRows() {
    return document.querySelectorAll("input[name=taskIds][form=bulk]");
  }
  function countSelected() {
    const count = document.getElementById("bulk-count");
    if (!count) return;
    const n = [...selectedRows()].filter((box) => box.checked).length;
    count.textContent = n === 0 ? "No task selected" : n.toLocaleString("en") + (n === 1 ? " task selected" : " tasks selected");
    document.getElementById("bulk-apply").disabled = n === 0;
  }
  document.addEventListener("change", (e) => {
    if (e.target.id === "select-all") selectedRows().forEach((box) => { box.checked = e.target.checked; });
    if (e.target.id === "select-all" || e.target.name === "taskIds") countSelected();
  });
  document.addEventListener("submit", (e) => {
    if (e.target.id !== "bulk" || !e.target.querySelector("[name=delete]").checked) return;
    const n = [...selectedRows()].filter((box) => box.checked).length;
    if (!window.confirm("Delete " + n + (n === 1 ? " task" : " tasks") + "? Undo brings them back.")) e.preventDefault();
  });

  document.addEventListener("DOMContentLoaded", () => {
    htmx.onLoad((element) => { if (window.Sortable) initBoards(element); });
    countSelected();
  });
})();
