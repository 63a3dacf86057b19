// A Vue 3 page that uses the tags from npm. vite.config (test/e2e/run.ts) tells Vue's compiler
// that tc- tags are custom elements.
import { createApp } from 'vue';
import 'tradecounter';
import App from './App.vue';

createApp(App).mount('#app');
