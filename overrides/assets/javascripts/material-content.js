// Material for MkDocs 9.7.1, partials/javascripts/content.html: open the content tab a URL fragment points at.
(function () {
  var target = document.getElementById(location.hash.slice(1));
  if (target && target.name) target.checked = target.name.startsWith("__tabbed_");
})();
