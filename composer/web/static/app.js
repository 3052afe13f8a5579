// The page's behaviour: forms post JSON to /api/ and show what comes back. Every value from the server or
// the user is set with textContent (never innerHTML), so a name like <script> shows as text.
"use strict";

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props || {});
  for (const child of children) node.append(child);
  return node;
}

async function postJSON(url, data) {
  const response = await fetch(url, {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(data),
  });
  const answer = await response.json().catch(() => ({ error: `the server answered ${response.status}` }));
  if (!response.ok) throw new Error(answer.error || `the server answered ${response.status}`);
  return answer;
}

function facts(form) {
  const get = (name) => (form.elements[name] ? form.elements[name].value.trim() : "");
  const context = {
    interviewer_name: get("interviewer_name"), role: get("role"), company: get("company"),
    topics: get("topics").split("\n").map((t) => t.trim()).filter(Boolean),
    kind: get("kind"), account: get("account"), candidate_name: get("candidate_name") || null,
    other_names: get("other_names").split(",").map((n) => n.trim()).filter(Boolean),
    post: get("post") || null, decision_by: get("decision_by") || null,
  };
  if (!context.interviewer_name) context.interviewer_name = "there";
  return context;
}

function showError(id, error) {
  const node = document.getElementById(id);
  node.textContent = error ? String(error.message || error) : "";
  node.hidden = !error;
}

function ruleItem(result) {
  return el("li", { className: result.severity },
    el("span", { className: "rule", textContent: result.rule }), ": ", result.message || "",
    result.fix ? el("div", { className: "fix", textContent: "Fix: " + result.fix }) : "");
}

// Spans count code points (Python's indices); JavaScript strings count UTF-16 units: split into code points.
function highlighted(text, results) {
  const points = Array.from(text);
  const marks = [];
  for (const r of results) for (const [start, end] of r.spans || []) marks.push({ start, end, r });
  marks.sort((a, b) => a.start - b.start);
  const out = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    out.push(points.slice(at, m.start).join(""));
    const mark = el("mark", { className: m.r.severity, title: `${m.r.rule}: ${m.r.message}` });
    mark.dataset.rule = m.r.rule;
    mark.textContent = points.slice(m.start, m.end).join("");
    out.push(mark);
    at = m.end;
  }
  out.push(points.slice(at).join(""));
  return out;
}

// Check as you type
function setUpCheck() {
  const form = document.getElementById("check-form");
  const note = document.getElementById("note");
  let timer = null;
  let asked = 0;
  const run = async () => {
    const mine = ++asked;
    let report;
    try {
      report = await postJSON("/api/check", { text: note.value, context: facts(form) });
    } catch (error) {
      if (mine !== asked) return;
      document.getElementById("verdict").textContent = String(error.message || error);
      document.getElementById("highlighted").replaceChildren(note.value);
      document.getElementById("findings").replaceChildren();
      return;
    }
    if (mine !== asked) return; // a newer keystroke's answer is on its way
    const counter = document.getElementById("counter");
    counter.textContent = report.limit ? `${report.characters} / ${report.limit}` : String(report.characters);
    counter.classList.toggle("over", report.limit !== null && report.characters > report.limit);
    const failed = report.results.filter((r) => !r.passed);
    document.getElementById("verdict").textContent = report.passed
      ? (failed.length ? "Passes, with warnings to confirm" : "Passes every check")
      : `${report.errors} to fix`;
    document.getElementById("highlighted").replaceChildren(...highlighted(note.value, failed));
    document.getElementById("findings").replaceChildren(...failed.map(ruleItem));
  };
  form.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 120); });
  form.addEventListener("submit", (e) => e.preventDefault());
  run();
}

// Compose: attempts stream in as JSON lines, then the result
function attemptCard(a) {
  return el("div", { className: "attempt" + (a.passed ? " passed" : "") },
    el("strong", { textContent: `Attempt ${a.number}: ${a.passed ? "passed" : "failed " + a.failed_rules.join(", ")}` }),
    el("pre", { className: "message", textContent: a.text }),
    a.feedback.length ? el("ul", {}, ...a.feedback.map((f) => el("li", { textContent: "sent back: " + f }))) : "");
}

async function streamDraft(body, onLine) {
  const response = await fetch("/api/draft/stream", {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  });
  if (!response.ok) {
    const answer = await response.json().catch(() => ({}));
    throw new Error(answer.error || `the server answered ${response.status}`);
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, cut).trim();
      buffer = buffer.slice(cut + 1);
      if (line) onLine(JSON.parse(line));
    }
    if (done) break;
  }
}

function showResult(result) {
  document.getElementById("final").hidden = false;
  document.getElementById("final-text").textContent = result.text;
  const who = { llm: "written by the model", template: "written by the template", fallback: "written by the template (no model draft passed)" };
  document.getElementById("final-source").textContent = who[result.source] || result.source;
  document.getElementById("final-count").textContent =
    result.limit ? `${result.characters} / ${result.limit} characters` : `${result.characters} characters`;
  document.getElementById("final-warnings").replaceChildren(
    ...result.warnings.map((w) => el("li", { textContent: "To confirm: " + w })),
    ...result.failed_rules.map((r) => el("li", { className: "error", textContent: "Fails: " + r })));
}

function setUpCompose() {
  const form = document.getElementById("compose-form");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = form.querySelector("button[type=submit]");
    const context = facts(form);
    const attempts = document.getElementById("attempts");
    attempts.replaceChildren();
    document.getElementById("final").hidden = true;
    showError("compose-error", null);
    button.disabled = true;
    try {
      let final = null;
      await streamDraft({ context, provider: form.elements.provider.value }, (line) => {
        if (line.attempt) attempts.append(attemptCard(line.attempt));
        if (line.result) { final = line.result.text; showResult(line.result); }
        if (line.error) showError("compose-error", line.error);
      });
      if (final === null) return;
      const { variants } = await postJSON("/api/variants", { context, count: 4 });
      const others = variants.filter((v) => v !== final).slice(0, 3);
      document.getElementById("variants").replaceChildren(...others.map((v) => {
        const use = el("button", { type: "button", textContent: "Use this" });
        use.addEventListener("click", () => { document.getElementById("final-text").textContent = v; });
        return el("li", {}, el("pre", { className: "message", textContent: v }), use);
      }));
    } catch (error) {
      showError("compose-error", error);
    } finally {
      button.disabled = false;
    }
  });
  document.getElementById("copy").addEventListener("click", async () => {
    const text = document.getElementById("final-text").textContent;
    try { await navigator.clipboard.writeText(text); } catch (e) { /* no clipboard without https or focus */ }
  });
}

// Panel
function noteCard(row) {
  const checks = row.passed ? el("span", { className: "passed-badge", textContent: "passes every check" })
    : el("span", { className: "failed-badge", textContent: "fails " + (row.failed_rules || []).join(", ") });
  const similarity = row.panel ? `most similar note in the panel: ${row.panel.max_similarity}` : "";
  return el("article", { className: "card" },
    el("h3", { textContent: row.interviewer_name || row.id }),
    el("pre", { className: "message", textContent: row.text || row.error || "" }),
    el("p", { className: "meta" }, checks, " · ", `${row.characters ?? "?"} / ${row.limit ?? "-"} characters`),
    el("p", { className: "meta", textContent: similarity }),
    el("ul", { className: "warnings" }, ...(row.warnings || []).map((w) => el("li", { textContent: "To confirm: " + w }))));
}

function setUpPanel() {
  const form = document.getElementById("panel-form");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    showError("panel-error", null);
    const data = new FormData();
    const file = form.elements.file.files[0];
    const format = form.elements.format.value;
    if (file) data.append("file", file);
    else data.append("file", new Blob([form.elements.pasted.value], { type: "text/plain" }), "panel." + format);
    data.append("provider", form.elements.provider.value);
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      const response = await fetch("/api/batch", { method: "POST", body: data });
      const answer = await response.json().catch(() => ({ error: `the server answered ${response.status}` }));
      if (!response.ok) throw new Error(answer.error);
      document.getElementById("panel-summary").textContent = answer.summary.line;
      document.getElementById("panel-notes").replaceChildren(...answer.rows.map(noteCard));
      for (const link of document.querySelectorAll("#downloads a")) {
        const blob = new Blob([answer.downloads[link.dataset.format]], { type: "text/plain" });
        link.href = URL.createObjectURL(blob);
      }
      document.getElementById("downloads").hidden = false;
    } catch (error) {
      showError("panel-error", error);
    } finally {
      button.disabled = false;
    }
  });
}

// Plan
function setUpPlan() {
  const form = document.getElementById("plan-form");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    showError("plan-error", null);
    const data = Object.fromEntries(new FormData(form).entries());
    try {
      const plan = await postJSON("/api/plan", data);
      const when = plan.send_on ? ` on ${plan.send_on}` : "";
      const instead = plan.alternative ? `; instead or as well: ${plan.alternative.replaceAll("_", " ")}` : "";
      document.getElementById("plan-action").textContent = `${plan.action.replaceAll("_", " ")}${when}${instead}`;
      document.getElementById("plan-reasons").replaceChildren(...plan.reasons.map((r) => el("li", { textContent: r })));
      document.getElementById("plan-result").hidden = false;
    } catch (error) {
      showError("plan-error", error);
    }
  });
}

// Due today: the journal's list, and a button to record each send
const KIND_TEXT = {
  connection_note: "connection request with a note", connection_request: "connection request without a note",
  follow_up: "follow-up message", thank_you_email: "thank-you email", status_check: "status-check email",
  post_comment: "comment on a post by", after_rejection: "note after the rejection", after_offer: "note after the offer",
};

function dueItem(item, day, refresh) {
  const when = item.overdue ? "Overdue since" : (item.due <= day ? "Due" : "Coming");
  const button = el("button", { type: "button", textContent: "Mark as sent" });
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      await postJSON("/api/sent", { interviewer_id: item.interviewer_id, kind: item.kind, on: day });
      await refresh();
    } catch (error) {
      showError("today-error", error);
      button.disabled = false;
    }
  });
  const drafted = el("pre", { className: "message draft", hidden: true });
  const draft = el("button", { type: "button", textContent: "Draft it" });
  draft.addEventListener("click", async () => {
    draft.disabled = true;
    try {
      const result = await postJSON("/api/draft", { interviewer_id: item.interviewer_id, kind: item.kind, today: day });
      drafted.textContent = result.text;
      drafted.hidden = false;
    } catch (error) {
      showError("today-error", error);
    } finally {
      draft.disabled = false;
    }
  });
  // Everything but a request without a note, and a comment (which needs the post's text: compose it instead).
  const drafts = !["connection_request", "post_comment"].includes(item.kind);
  return el("li", { className: "card" },
    el("strong", { textContent: `${when} ${item.due}: ${KIND_TEXT[item.kind] || item.kind}${item.kind === "post_comment" ? "" : " to"} ${item.interviewer_name}` }),
    el("p", { className: "meta", textContent: item.why }), drafts ? draft : "", " ", button, drafted);
}

function setUpToday() {
  const form = document.getElementById("today-form");
  if (!form.elements.today.value) form.elements.today.value = new Date().toISOString().slice(0, 10);
  const refresh = async () => {
    showError("today-error", null);
    const day = form.elements.today.value;
    try {
      const response = await fetch("/api/due?today=" + encodeURIComponent(day));
      const items = await response.json();
      if (!response.ok) throw new Error(items.error);
      document.getElementById("today-empty").hidden = items.length > 0;
      document.getElementById("due-items").replaceChildren(...items.map((item) => dueItem(item, day, refresh)));
    } catch (error) {
      showError("today-error", error);
    }
  };
  form.addEventListener("submit", (event) => { event.preventDefault(); refresh(); });
  refresh();
}

const setUp = {
  "check.html": setUpCheck, "compose.html": setUpCompose, "panel.html": setUpPanel, "plan.html": setUpPlan,
  "today.html": setUpToday,
};
(setUp[document.body.dataset.page] || (() => {}))();
