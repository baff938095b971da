// The graph component's own words (tooltips of its buttons, its side panel's hint) in the interface's language,
// and its parts the explorer does without hidden: set in each graph frame of the page as it appears. The
// component's frame is served by the app itself, so the page may reach into it.
(() => {
  window.kgGraphWords = __WORDS__;
  const FRAME = 'iframe[title="streamlit_cytoscape.component.streamlit_cytoscape"]';
  const apply = (doc) => {
    const words = window.kgGraphWords;
    if (!doc || !doc.body || doc.body.dataset.kgWords === words.key) return;
    for (const [id, title] of Object.entries(words.titles)) {
      const button = doc.getElementById(id);
      if (button) button.title = title;
    }
    const hint = doc.querySelector('.infopanel__help');
    if (hint) hint.textContent = words.nothingSelected;
    let style = doc.getElementById('kg-hidden');
    if (!style) {
      style = doc.createElement('style');
      style.id = 'kg-hidden';
      doc.head.appendChild(style);
    }
    style.textContent = words.hidden.map((selector) => `${selector} {display: none !important;}`).join('\n');
    doc.body.dataset.kgWords = words.key;
  };
  const scan = () => document.querySelectorAll(FRAME).forEach((frame) => {
    if (!frame.dataset.kgWatched) {
      frame.dataset.kgWatched = 'true';
      frame.addEventListener('load', () => apply(frame.contentDocument));
    }
    try {
      apply(frame.contentDocument);
    } catch (error) { /* a frame from elsewhere: left as it is */ }
  });
  if (!window.kgGraphWatch) {
    window.kgGraphWatch = new MutationObserver(scan);
    window.kgGraphWatch.observe(document.body, {childList: true, subtree: true});
  }
  scan();
})();
