import { defineBackground } from 'wxt/utils/define-background';

// Wiring only. The toolbar click, commands, context menus and auto mode are added by the extension
// issue (#3); until then the background has nothing to listen to.
export default defineBackground(() => {});
