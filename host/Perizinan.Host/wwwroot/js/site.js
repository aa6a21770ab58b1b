/* Perizinan citizen pages: small progressive enhancements. Every page works without this script. No framework, no
   third-party code. In a form: background save ("Tersimpan"), live questions (the page is re-rendered by the server
   when the visible questions change), upload progress. In an iframe (embed.js): height and events for the host page. */
(function () {
  "use strict";

  var framed = window.parent !== window;
  var parentOrigin = null;

  function tellParent(type, detail) {
    if (!framed || !parentOrigin) { return; }
    var message = { source: "perizinan", type: type };
    for (var key in detail) { if (Object.prototype.hasOwnProperty.call(detail, key)) { message[key] = detail[key]; } }
    window.parent.postMessage(message, parentOrigin);
  }

  function setUpFrame() {
    if (!framed) { return; }
    try {
      var asked = new URLSearchParams(location.search).get("asal");
      if (asked) { sessionStorage.setItem("perizinan-asal", asked); }
      parentOrigin = sessionStorage.getItem("perizinan-asal");
    } catch (e) { parentOrigin = null; }
    var last = 0;
    function report() {
      var height = Math.ceil(document.documentElement.scrollHeight);
      if (height !== last) { last = height; tellParent("resize", { height: height }); }
    }
    if (window.ResizeObserver) { new ResizeObserver(report).observe(document.body); }
    window.addEventListener("load", report);
    report();
    var submitted = document.querySelector("[data-submitted]");
    if (submitted) { tellParent("submitted", { registrationNumber: submitted.getAttribute("data-submitted") }); }
  }

  function focusErrorSummary() {
    var summary = document.querySelector("[data-error-summary]");
    if (summary) { summary.focus(); }
  }

  function preventDoubleSubmit() {
    document.addEventListener("submit", function (event) {
      var form = event.target;
      if (form.getAttribute("data-sending") === "1" && form.querySelector("[data-prevent-double-click]")) {
        event.preventDefault();
        return;
      }
      form.setAttribute("data-sending", "1");
      setTimeout(function () { form.removeAttribute("data-sending"); }, 4000);
    });
  }

  function FormPage(form) {
    this.form = form;
    this.timer = 0;
    this.busy = false;
    this.again = false;
  }

  FormPage.prototype.start = function () {
    var self = this;
    this.form.addEventListener("input", function (event) {
      if (event.target.type !== "file") { self.schedule(700); }
    });
    this.form.addEventListener("change", function (event) {
      if (event.target.type === "file") { self.upload(event.target); } else { self.schedule(150); }
    });
    var revision = Number(this.revisionInput().value);
    if (revision > 1) { tellParent("draft-saved", { draftId: this.form.getAttribute("data-draft"), revision: revision }); }
  };

  FormPage.prototype.revisionInput = function () { return this.form.querySelector("input[name=_rev]"); };

  /* The status line lives inside the form, which reload() replaces: look it up each time, never keep it. */
  FormPage.prototype.statusLine = function () { return document.getElementById("status-simpan"); };

  FormPage.prototype.say = function (text) { var status = this.statusLine(); if (status) { status.textContent = text; } };

  FormPage.prototype.sayFrom = function (attribute) { var status = this.statusLine(); this.say(status ? status.getAttribute(attribute) : ""); };

  FormPage.prototype.schedule = function (delay) {
    var self = this;
    clearTimeout(this.timer);
    this.timer = setTimeout(function () { self.save(); }, delay);
  };

  FormPage.prototype.data = function () {
    var data = new FormData(this.form);
    var files = [];
    data.forEach(function (value, key) { if (typeof value !== "string") { files.push(key); } });
    files.forEach(function (key) { data.delete(key); });
    data.set("aksi", "autosimpan");
    return data;
  };

  FormPage.prototype.save = function () {
    var self = this;
    if (this.busy) { this.again = true; return; }
    this.busy = true;
    this.sayFrom("data-saving");
    this.send(this.data(), null).then(function (result) {
      self.busy = false;
      self.apply(result);
      if (self.again) { self.again = false; self.save(); }
    });
  };

  /* Posts to the page with the background-save header; resolves to the parsed answer or null when offline. */
  FormPage.prototype.send = function (data, progress) {
    var form = this.form;
    return new Promise(function (resolve) {
      var request = new XMLHttpRequest();
      request.open("POST", location.pathname);
      request.setRequestHeader("X-Perizinan-Autosave", "1");
      if (progress && request.upload) {
        request.upload.addEventListener("progress", function (event) {
          if (event.lengthComputable) { progress(Math.round(100 * event.loaded / event.total)); }
        });
      }
      request.onload = function () {
        var body = null;
        try { body = JSON.parse(request.responseText); } catch (e) { body = null; }
        resolve(body ? { status: request.status, body: body } : null);
      };
      request.onerror = function () { resolve(null); };
      request.send(data);
      form.setAttribute("aria-busy", "true");
    }).then(function (result) { form.removeAttribute("aria-busy"); return result; });
  };

  FormPage.prototype.apply = function (result) {
    if (!result) { this.sayFrom("data-failed"); return false; }
    var body = result.body;
    this.say(body.message || "");
    if (!body.saved) { return false; }
    this.revisionInput().value = String(body.revision);
    tellParent("draft-saved", { draftId: this.form.getAttribute("data-draft"), revision: body.revision });
    var computed = body.computed || {};
    Object.keys(computed).forEach(function (path) {
      var cell = document.querySelector("[data-computed=\"" + CSS.escape(path) + "\"]");
      if (cell) { cell.textContent = computed[path] || "—"; }
    });
    if (!sameQuestions(this.form, body.visible || [])) { this.reload(); }
    return true;
  };

  function sameQuestions(form, visible) {
    var shown = [];
    form.querySelectorAll("[data-field],[data-repeat],[data-computed]").forEach(function (element) {
      shown.push(element.getAttribute("data-field") || element.getAttribute("data-repeat") || element.getAttribute("data-computed"));
    });
    if (shown.length !== visible.length) { return false; }
    var set = {};
    shown.forEach(function (path) { set[path] = true; });
    return visible.every(function (path) { return set[path]; });
  }

  /* Re-renders the form from the server (questions appeared or disappeared), keeping the caret where the citizen types. */
  FormPage.prototype.reload = function () {
    var self = this;
    var request = new XMLHttpRequest();
    request.open("GET", location.pathname);
    request.onload = function () {
      if (request.status !== 200) { return; }
      var next = new DOMParser().parseFromString(request.responseText, "text/html").querySelector("form[data-draft]");
      if (!next) { return; }
      var active = document.activeElement;
      var activeId = active && self.form.contains(active) ? active.id : null;
      var typed = activeId && "value" in active && active.type !== "file" && active.type !== "radio" && active.type !== "checkbox" ? active.value : null;
      var caret = null;
      try { caret = typed !== null ? active.selectionStart : null; } catch (e) { caret = null; }
      var said = self.statusLine() ? self.statusLine().textContent : "";
      self.form.replaceChildren.apply(self.form, Array.prototype.slice.call(next.childNodes).map(function (node) { return document.importNode(node, true); }));
      self.say(said);
      if (activeId) {
        var again = document.getElementById(activeId);
        if (again) {
          if (typed !== null) { again.value = typed; }
          again.focus();
          try { if (caret !== null) { again.setSelectionRange(caret, caret); } } catch (e) { /* not a text input */ }
        }
      }
    };
    request.send();
  };

  FormPage.prototype.upload = function (input) {
    var self = this;
    if (!input.files || input.files.length === 0) { return; }
    var data = this.data();
    data.append(input.name, input.files[0]);
    var note = document.createElement("p");
    note.className = "upload-progress";
    note.setAttribute("role", "status");
    var bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    var text = document.createElement("span");
    var label = input.getAttribute("data-uploading") || "";
    text.textContent = label.replace("{0}", "0");
    note.appendChild(bar);
    note.appendChild(text);
    input.insertAdjacentElement("afterend", note);
    this.send(data, function (percent) {
      bar.value = percent;
      text.textContent = label.replace("{0}", String(percent));
    }).then(function (result) {
      note.remove();
      var path = input.name.replace(/^berkas:/, "");
      var error = result && result.body && result.body.errors ? result.body.errors[path] : null;
      if (error) {
        var message = document.createElement("p");
        message.className = "error-message";
        message.setAttribute("role", "alert");
        message.textContent = error;
        input.insertAdjacentElement("beforebegin", message);
        input.value = "";
        return;
      }
      if (self.apply(result)) { self.reload(); }
    });
  };

  setUpFrame();
  focusErrorSummary();
  preventDoubleSubmit();
  var form = document.querySelector("form[data-draft]");
  if (form && window.FormData && window.XMLHttpRequest && window.DOMParser) { new FormPage(form).start(); }
})();
