// Read the JSON a support page's template put into the page.

export function readJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
