import { Text, View } from '@tarojs/components';

export default function DisplayScreen() {
  return (
    <View>
      <Text>即将上线</Text>
    </View>
  );
}
