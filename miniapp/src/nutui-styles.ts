// Only the styles of the NutUI components we use: the full stylesheet (and its theme's embedded
// fonts) would cost the mini-program main package hundreds of KB.
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/cellgroup/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/overlay/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/popup/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/empty/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/progress/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/switch/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/radio/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/radiogroup/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/input/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/skeleton/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/loading/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/noticebar/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/tabs/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/tabpane/style/style.css';
