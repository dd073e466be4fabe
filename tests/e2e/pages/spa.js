// The test SPA's router: a headline click pushes its route and swaps the view for the story.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-route]');
  if (!link) return;
  event.preventDefault();
  history.pushState({}, '', link.dataset.route);
  document.title = 'Harbour ferry returns after winter repairs | Bay Today';
  const view = document.getElementById('view');
  view.replaceChildren(document.getElementById('story').content.cloneNode(true));
});
