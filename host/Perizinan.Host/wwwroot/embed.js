/* Perizinan embed: put a permit form on any page with
     <script src="https://HOST/embed.js" data-form="izin-reklame" data-lang="id"></script>
   The form opens in an iframe right after the script tag, grows with its content, and tells the page what happens:
     document.addEventListener("perizinan:draft-saved", e => e.detail.draftId ...);
     document.addEventListener("perizinan:submitted", e => e.detail.registrationNumber ...);
   The host only allows framing by the origins its deployment lists (Perizinan:Embed:AllowedOrigins). */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) { return; }
  var host = new URL(script.src).origin;
  var form = script.getAttribute("data-form") || "";
  var lang = script.getAttribute("data-lang") === "en" ? "en" : "id";
  var path = form ? "/izin/" + encodeURIComponent(form) : "/";
  var frame = document.createElement("iframe");
  frame.src = host + path + "?lang=" + lang + "&asal=" + encodeURIComponent(location.origin);
  frame.title = script.getAttribute("data-title") || (lang === "en" ? "Permit application form" : "Formulir permohonan izin");
  frame.setAttribute("loading", "lazy");
  frame.style.width = "100%";
  frame.style.minHeight = "480px";
  frame.style.border = "0";
  script.insertAdjacentElement("afterend", frame);

  window.addEventListener("message", function (event) {
    if (event.origin !== host || event.source !== frame.contentWindow) { return; }
    var data = event.data;
    if (!data || data.source !== "perizinan") { return; }
    if (data.type === "resize" && typeof data.height === "number") {
      frame.style.height = Math.max(200, Math.min(data.height, 100000)) + "px";
      return;
    }
    if (data.type === "draft-saved" || data.type === "submitted") {
      var detail = { form: form };
      if (data.type === "draft-saved") { detail.draftId = data.draftId; detail.revision = data.revision; }
      else { detail.registrationNumber = data.registrationNumber; }
      var init = { detail: detail, bubbles: true };
      frame.dispatchEvent(new CustomEvent("perizinan:" + data.type, init));
      document.dispatchEvent(new CustomEvent("perizinan:" + data.type, { detail: detail }));
    }
  });
})();
