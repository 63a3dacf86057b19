// The theme page: the shipped themes and two brand themes, switched by a class on the stage.
import '../src/index.js';
import '../src/themes/light.css';
import '../src/themes/dark.css';
import '../src/themes/compact.css';
import './themes/workshop.css';
import './themes/blueprint.css';

const stage = document.querySelector<HTMLElement>('#stage')!;
const picker = document.querySelector<HTMLFieldSetElement>('.theme-picker')!;

function apply() {
  const theme = picker.querySelector<HTMLInputElement>('input[name=theme]:checked')!.value;
  const compact = picker.querySelector<HTMLInputElement>('input[name=compact]')!.checked;
  stage.className = ['stage', theme, compact ? 'tc-theme-compact' : ''].filter(Boolean).join(' ');
}

picker.addEventListener('change', apply);
// A link such as themes.html?theme=tc-theme-dark opens the page in that theme (the screenshots use it).
const requested = new URLSearchParams(location.search);
const initial = picker.querySelector<HTMLInputElement>(`input[name=theme][value="${requested.get('theme') ?? ''}"]`);
if (initial) initial.checked = true;
picker.querySelector<HTMLInputElement>('input[name=compact]')!.checked = requested.has('compact');
apply();
