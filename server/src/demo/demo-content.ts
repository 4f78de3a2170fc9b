/**
 * Demo content for 星火探馆: venues with checkpoints and science cards, and themed trails for three
 * cities (唐山, 韶关, 重庆); their region codes are the full dataset's (regions/region-dataset.ts).
 * Pure data, no side effects.
 *
 * Venue names, addresses, hosts and coordinates are realistic but illustrative; science card texts
 * are meant to be factually correct.
 */
import type {
  AudienceGroup,
  AuthoredScienceCard,
  OpeningHours,
  QrMode,
  Topic,
  VenueKind,
} from '@xinghuo/shared';

export interface DemoCheckpoint {
  key: string;
  name: string;
  qrMode: QrMode;
  card: AuthoredScienceCard;
}

export interface DemoVenue {
  key: string;
  name: string;
  kind: VenueKind;
  regionCode: string;
  address: string;
  lat: number;
  lng: number;
  host: string;
  description: string;
  openingHours: OpeningHours | null;
  geofenceRadiusM: number | null;
  checkpoints: DemoCheckpoint[];
}

export interface DemoTrail {
  key: string;
  name: string;
  description: string;
  topic: Topic;
  audienceGroups: AudienceGroup[];
  ordered: boolean;
  estimatedMinutes: number;
  regionCode: string;
  /** checkpoint keys in order */
  stops: string[];
}

type Day = keyof OpeningHours;
type TimeRanges = Array<[string, string]>;

const EVERY_DAY: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const TUE_TO_SUN: Day[] = ['tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const MON_TO_FRI: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const MON_TO_SAT: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Builds opening hours with the same time ranges on each given day (fresh arrays per day). */
function hours(days: Day[], ranges: TimeRanges): OpeningHours {
  const result: OpeningHours = {};
  for (const day of days) {
    result[day] = ranges.map(([start, end]): [string, string] => [start, end]);
  }
  return result;
}

export const DEMO_VENUES: DemoVenue[] = [
  // ───────────────────────────── 唐山市 ─────────────────────────────
  {
    key: 'ts-robot-hall',
    name: '唐山高新区机器人产业星火馆',
    kind: 'spark_hall',
    regionCode: '130203',
    address: '河北省唐山市路北区高新技术产业开发区庆南道9号',
    lat: 39.6612,
    lng: 118.1286,
    host: '唐山高新技术产业开发区科学技术协会',
    description:
      '由高新区机器人企业联合开放的生产线与实训教室，展示焊接、视觉检测、协作装配等工业机器人应用。展厅配有讲解大屏和线上导览，全天开放参观打卡，适合青少年研学和产业工人技能交流。',
    openingHours: null,
    geofenceRadiusM: null,
    checkpoints: [
      {
        key: 'ts-robot-welding',
        name: '焊接机器人工作站',
        qrMode: 'static',
        card: {
          title: '焊接机器人为什么焊得又快又稳',
          body: '常见的工业焊接机器人有六个旋转关节，像人的肩、肘、腕一样协同运动，让焊枪能以任意角度到达空间中的位置。控制器严格按照预先规划的轨迹和电流、电压、送丝速度等参数工作，所以每一道焊缝的质量都很一致。焊接会产生强光、烟尘和飞溅，工作站四周装有防护围栏和遮光帘，人员不能随意进入。',
          question: {
            prompt: '常见的“六轴”工业机器人，“六轴”指的是什么？',
            options: ['六个可以转动的关节', '六只机械手', '六台控制电脑', '六条传送带'],
            answerIndex: 0,
            explanation:
              '六轴指六个旋转关节（六个自由度），组合起来可以让末端工具到达任意位置并摆出任意姿态。',
          },
        },
      },
      {
        key: 'ts-robot-teach',
        name: '机器人示教实训区',
        qrMode: 'static',
        card: {
          title: '机器人是怎样“学会”动作的',
          body: '最常用的方法叫“示教”：工程师用手持示教器把机械臂一步步移动到关键位置并记录下来，机器人再按顺序自动重复这些点位。也可以在电脑里建立三维模型进行离线编程，先在虚拟环境中仿真，检查会不会发生碰撞，再下载到真实的机器人上。新型协作机器人还支持“拖动示教”，用手直接牵引机械臂就能记录轨迹。',
        },
      },
      {
        key: 'ts-robot-vision',
        name: '机器视觉检测台',
        qrMode: 'rotating',
        card: {
          title: '机器视觉如何发现零件缺陷',
          body: '检测台上方的工业相机每秒能拍摄数十张零件照片。人工智能模型事先用大量标注好的合格品和缺陷品图片进行训练，学会了划痕、缺口、尺寸偏差等缺陷的图像特征，检测时据此自动判断零件是否合格。模型的准确率很大程度上取决于训练数据是否充足、是否有代表性，遇到从未见过的新缺陷时，仍需要人工复核。',
          question: {
            prompt: '下列哪一项对AI视觉检测模型的准确率影响最大？',
            options: ['训练图片的数量和代表性', '相机外壳的颜色', '检测台的高度'],
            answerIndex: 0,
            explanation:
              '模型的“本领”来自训练数据。数据越充足、越能覆盖真实生产中的各种情况，模型判断就越准确。',
          },
        },
      },
      {
        key: 'ts-robot-cobot',
        name: '协作机器人体验区',
        qrMode: 'static',
        card: {
          title: '协作机器人怎样保证人的安全',
          body: '传统工业机器人速度快、力量大，必须隔在围栏里工作。协作机器人的关节里装有力矩传感器，一旦碰到人或物体、受力超过设定值，就会在极短时间内停止或回退，同时它的运动速度和输出功率也受到限制，因此可以和工人在同一个工位上配合作业。即便如此，体验时也要听从讲解员指挥，不要把手伸到夹爪之间。',
        },
      },
    ],
  },
  {
    key: 'ts-steel-hall',
    name: '曹妃甸钢铁智造星火馆',
    kind: 'spark_hall',
    regionCode: '130209',
    address: '河北省唐山市曹妃甸区钢铁电力产业园区滨海大道16号',
    lat: 39.0092,
    lng: 118.4917,
    host: '唐山曹妃甸钢铁联合有限公司',
    description:
      '临海钢铁企业开放的炼铁、炼钢和水处理生产线参观通道，可以近距离了解“从矿石到钢材”的全过程。参观需在指定时段由讲解员带领，进入厂区须佩戴安全帽。',
    openingHours: {
      ...hours(MON_TO_FRI, [
        ['08:30', '11:30'],
        ['14:00', '17:30'],
      ]),
      ...hours(['sat'], [['09:00', '12:00']]),
    },
    geofenceRadiusM: 600,
    checkpoints: [
      {
        key: 'ts-steel-furnace',
        name: '高炉炼铁观景台',
        qrMode: 'static',
        card: {
          title: '高炉是怎样把铁矿石变成铁水的',
          body: '高炉是一座几十米高的竖炉，从炉顶分批装入铁矿石、焦炭和石灰石等熔剂，从下部风口鼓入一千多摄氏度的热风。焦炭燃烧生成一氧化碳，在上升过程中夺走铁矿石中的氧，把氧化铁还原成铁。铁在高温下熔化成铁水沉到炉底，熔剂则与矿石中的杂质结合成炉渣浮在上面，二者分别从出铁口和出渣口放出。',
          question: {
            prompt: '高炉炼铁中，把氧化铁还原成铁的主要气体是？',
            options: ['一氧化碳', '氧气', '氮气', '二氧化碳'],
            answerIndex: 0,
            explanation:
              '焦炭燃烧产生的一氧化碳在上升过程中夺取铁矿石中的氧，把氧化铁还原成铁，自身变成二氧化碳。',
          },
        },
      },
      {
        key: 'ts-steel-converter',
        name: '转炉炼钢区',
        qrMode: 'rotating',
        card: {
          title: '铁和钢究竟差在哪里',
          body: '高炉炼出的铁水含碳约4%，又硬又脆，叫生铁。转炉炼钢时，用氧枪向铁水中吹入高纯氧气，使多余的碳以及硅、锰、磷等杂质氧化去除，把含碳量降到2.11%以下，就得到了韧性更好的钢。这些氧化反应会放出大量热量，所以转炉炼钢基本不需要外加燃料。再按需要加入合金元素，就能炼出高强度、耐腐蚀等不同性能的钢。',
          question: {
            prompt: '把生铁炼成钢，最主要是降低了哪种元素的含量？',
            options: ['碳', '铁', '氧', '氢'],
            answerIndex: 0,
            explanation:
              '生铁含碳量在2.11%以上（高炉铁水一般约4%），硬而脆；炼钢通过吹氧把碳降到2.11%以下，钢因此兼具强度和韧性。',
          },
        },
      },
      {
        key: 'ts-steel-water',
        name: '海水淡化与水循环站',
        qrMode: 'static',
        card: {
          title: '钢厂用水是怎样循环起来的',
          body: '钢铁生产需要大量冷却水。现代钢厂把用过的水经过沉淀、过滤、冷却后反复使用，先进企业的水重复利用率可以达到97%以上。临海钢厂还利用生产中的余热进行海水淡化：把海水加热蒸发，再让水蒸气冷凝成淡水，盐分留在浓盐水中。这样既节约了宝贵的淡水资源，也减少了废水排放。',
        },
      },
      {
        key: 'ts-steel-safety',
        name: '热轧车间安全通道',
        qrMode: 'static',
        card: {
          title: '走进车间，安全第一',
          body: '钢铁车间里有高温钢坯、行车吊运和高速旋转的设备。进入车间前必须佩戴安全帽、穿好劳保鞋，并沿着黄色标线划定的安全通道行走。头顶有行车吊运时要主动避让，绝不能在吊物下方停留或穿行。要记住红色急停按钮的位置，发现险情立即报告，这是每一名产业工人都应掌握的安全常识。',
        },
      },
    ],
  },
  {
    key: 'ts-ceramics-base',
    name: '唐山陶瓷科普教育基地',
    kind: 'education_base',
    regionCode: '130202',
    address: '河北省唐山市路南区建设南路66号',
    lat: 39.6121,
    lng: 118.1853,
    host: '唐山市陶瓷工业协会',
    description:
      '唐山素有“北方瓷都”之称。基地通过原料展示、成型体验和窑炉模型，讲解从一捧泥土到一件瓷器的全过程，并设有亲子拉坯教室。',
    openingHours: hours(TUE_TO_SUN, [['09:00', '17:00']]),
    geofenceRadiusM: null,
    checkpoints: [
      {
        key: 'ts-ceramics-kiln',
        name: '窑炉模型展区',
        qrMode: 'static',
        card: {
          title: '瓷器烧制时为什么会开裂',
          body: '陶瓷坯体里含有水分，烧制初期要缓慢升温把水分排干，如果升温太快，内部水分急剧汽化膨胀，就会把坯体撑裂。在约573℃时，原料中的石英会发生晶型转变，体积突然变化，也容易产生裂纹。冷却阶段同样要控制速度，否则坯体内外收缩不一致会留下应力。所以窑工要按照“烧成曲线”精确控制温度。',
          question: {
            prompt: '烧制瓷器时升温过快容易开裂，主要原因是？',
            options: ['坯体中的水分急剧汽化膨胀', '瓷土颜色发生了变化', '窑炉里的光线太强'],
            answerIndex: 0,
            explanation:
              '坯体中残留的水分遇高温迅速变成水蒸气，体积急剧膨胀，来不及排出就会把坯体撑裂，因此要缓慢升温。',
          },
        },
      },
      {
        key: 'ts-ceramics-glaze',
        name: '釉料实验室',
        qrMode: 'static',
        card: {
          title: '釉为什么能五颜六色',
          body: '釉是覆盖在陶瓷表面的一层玻璃质。釉料中加入不同的金属氧化物，烧成后会呈现不同颜色：含铁的釉常呈青色或褐色，含铜的可以烧出红色或绿色，含钴的呈现蓝色，青花瓷的蓝色就来自钴料。窑内是氧化气氛还是还原气氛也很关键，同一种含铜釉料，在还原气氛中烧成红色，在氧化气氛中则呈绿色。',
        },
      },
    ],
  },
  {
    key: 'ts-science-museum',
    name: '唐山科技馆',
    kind: 'science_museum',
    regionCode: '130203',
    address: '河北省唐山市路北区建设北路与长宁道交叉口东北侧',
    lat: 39.6468,
    lng: 118.1752,
    host: '唐山市科学技术协会',
    description:
      '综合性科技馆，设有防震减灾、智能科技、宇航天地等主题展区。科普月期间每天安排科学表演和志愿者讲解，周一闭馆。',
    openingHours: hours(TUE_TO_SUN, [['09:00', '16:30']]),
    geofenceRadiusM: null,
    checkpoints: [
      {
        key: 'ts-museum-quake',
        name: '地震体验屋',
        qrMode: 'static',
        card: {
          title: '地震来了，先做什么',
          body: '地震时室内的主要危险来自倒塌物和坠落物。如果身处室内、来不及撤离，应立即“趴下、掩护、抓牢”：伏低身体，躲在结实的桌子下或承重墙内墙角，护住头颈，抓牢固定物。不要跳楼，不要乘电梯，远离窗户和悬挂物。摇晃停止后再有序撤离到空旷地带，并警惕余震。',
          question: {
            prompt: '地震发生时身处楼房室内，以下做法正确的是？',
            options: [
              '马上乘电梯下楼',
              '立即跳窗逃生',
              '就近躲避，护住头颈，震后有序撤离',
              '站到窗边观察情况',
            ],
            answerIndex: 2,
            explanation:
              '震时电梯可能停电被困，跳楼极易受伤，窗边有玻璃碎裂危险。应就近躲避、保护头颈，摇晃停止后再撤离。',
          },
        },
      },
      {
        key: 'ts-museum-ai',
        name: '人工智能互动区',
        qrMode: 'static',
        card: {
          title: 'AI聊天机器人为什么会“一本正经地胡说”',
          body: '大语言模型学习了海量文本，掌握了词语之间的统计规律，回答问题时是在一个字一个字地预测“接下来最可能出现什么”。它并不像数据库那样查找事实，所以有时会编造出看似合理、实则错误的内容，这被称为“幻觉”。使用AI时，涉及健康、法律、金融等重要信息要向权威来源核实，也不要把身份证号、密码等隐私输入给AI。',
          question: {
            prompt: 'AI给出了一条用药建议，正确的态度是？',
            options: [
              '向医生或权威来源核实后再决定',
              'AI说的一定正确，直接照做',
              '马上转发到所有亲友群',
            ],
            answerIndex: 0,
            explanation:
              '大语言模型可能产生“幻觉”，给出看似专业却错误的内容。涉及健康的问题，应以医生和权威机构的意见为准。',
          },
        },
      },
    ],
  },
  {
    key: 'ts-quake-park',
    name: '唐山地震遗址纪念公园防震减灾科普长廊',
    kind: 'public_place',
    regionCode: '130202',
    address: '河北省唐山市路南区岳各庄大街',
    lat: 39.6095,
    lng: 118.166,
    host: '唐山市应急管理局',
    description:
      '依托地震遗址纪念公园建设的户外科普长廊，以图文展板和互动装置介绍地震成因、避险自救和应急避难场所。公园免费开放，适合家庭和老年人散步时参观。',
    openingHours: hours(EVERY_DAY, [['06:00', '21:00']]),
    geofenceRadiusM: null,
    checkpoints: [
      {
        key: 'ts-park-fault',
        name: '地震成因展板',
        qrMode: 'static',
        card: {
          title: '地震是怎么发生的',
          body: '地球表层由许多岩石板块组成，板块之间不断相互挤压、错动，岩层中逐渐积累巨大的应力。当应力超过岩石能承受的极限时，岩层突然破裂、错动，释放出的能量以地震波的形式向四周传播，这就是构造地震。震级表示地震释放能量的大小，震级每增加1级，能量约增加32倍；烈度则表示某一地点受影响和破坏的程度。',
          question: {
            prompt: '关于同一次地震，下列说法正确的是？',
            options: [
              '只有一个震级，不同地点的烈度可以不同',
              '只有一个烈度，不同地点的震级不同',
              '震级和烈度是同一个概念',
            ],
            answerIndex: 0,
            explanation:
              '震级衡量地震本身释放的能量，一次地震只有一个震级；烈度衡量各地受到的影响，通常离震中越远烈度越低。',
          },
        },
      },
      {
        key: 'ts-park-shelter',
        name: '应急避难场所指示牌',
        qrMode: 'static',
        card: {
          title: '认识身边的应急避难场所',
          body: '城市公园、广场、学校操场常被规划为应急避难场所，入口处设有统一的标识牌，场内配有应急供水、应急厕所、广播和照明等设施。平时就应了解家附近避难场所的位置和路线。家庭还可以准备应急包，放入饮用水、食品、手电筒、收音机、常用药品和证件复印件，并定期检查更换。',
        },
      },
    ],
  },
  {
    key: 'ts-qianan-spirit',
    name: '迁安地质矿业科学家精神教育基地',
    kind: 'scientist_spirit_base',
    regionCode: '130283',
    address: '河北省唐山市迁安市滨湖东路18号',
    lat: 39.9992,
    lng: 118.7012,
    host: '迁安市科学技术协会',
    description:
      '以冀东铁矿地质勘探历程为主线，展陈岩矿标本、勘探仪器和野外工作日志，讲述一代代地质工作者翻山越岭、求实奉献的故事。基地常年面向中小学生开展地质研学和岩矿标本识别活动。',
    openingHours: hours(TUE_TO_SUN, [
      ['08:30', '11:30'],
      ['14:00', '17:30'],
    ]),
    geofenceRadiusM: null,
    checkpoints: [
      {
        key: 'ts-qianan-magnetite',
        name: '磁铁矿标本展柜',
        qrMode: 'static',
        card: {
          title: '会“吸铁”的矿石',
          body: '冀东地区的铁矿以磁铁矿为主，主要成分是四氧化三铁，本身带有磁性，能吸引小铁钉。地质工作者正是利用这一特点，用磁力仪测量地面磁场的微小异常，推断地下铁矿的位置和规模，这种方法叫磁法勘探。这里的磁铁矿品位通常不高，开采后要先破碎、磨细，再用磁选机把含铁矿物分选出来。',
          question: {
            prompt: '磁铁矿的主要成分是？',
            options: ['四氧化三铁', '氧化铝', '碳酸钙', '二氧化硅'],
            answerIndex: 0,
            explanation:
              '磁铁矿的化学式为Fe₃O₄，即四氧化三铁，具有强磁性，因此可以用磁法勘探和磁选。',
          },
        },
      },
      {
        key: 'ts-qianan-compass',
        name: '地质工具展台',
        qrMode: 'static',
        card: {
          title: '地质工作者的“三件宝”',
          body: '地质锤、地质罗盘和放大镜被称为地质工作者的“三件宝”。地质锤用来敲取新鲜的岩石标本；地质罗盘不仅能辨别方向，还能测量岩层的走向和倾角；放大镜帮助观察矿物颗粒和化石细节。野外工作常常要翻山越岭、风餐露宿，认真记录每一个观测点，正是科学家精神中求实与奉献的体现。',
        },
      },
    ],
  },

  // ───────────────────────────── 韶关市 ─────────────────────────────
  {
    key: 'sg-rice-courtyard',
    name: '曲江马坝油粘稻科技小院',
    kind: 'science_courtyard',
    regionCode: '440205',
    address: '广东省韶关市曲江区马坝镇农业科技示范园',
    lat: 24.6836,
    lng: 113.6045,
    host: '韶关市曲江区农业农村局',
    description:
      '农业院校师生与农技人员常驻村里，围绕优质稻育种、测土配方施肥和绿色防控开展试验示范。农户和学生可以走进试验田，现场了解一粒好米的来历。',
    openingHours: hours(MON_TO_SAT, [
      ['08:30', '11:30'],
      ['14:30', '17:30'],
    ]),
    geofenceRadiusM: 500,
    checkpoints: [
      {
        key: 'sg-rice-breeding',
        name: '水稻育种试验田',
        qrMode: 'static',
        card: {
          title: '一粒好种子是怎样选育出来的',
          body: '常规育种是把两个各有优点的水稻品种杂交，比如一个产量高、一个米质好，再从后代中一代代挑选同时具备两种优点的单株，经过多年种植使性状稳定，才能成为新品种。杂交水稻则利用杂种优势，每年都要用亲本重新制种。现在育种人员还借助分子标记技术，在幼苗期就能检测是否携带目标基因，大大缩短了育种时间。',
          question: {
            prompt: '种植杂交水稻为什么需要每年购买新种子？',
            options: [
              '杂交一代的优势在下一代会因性状分离而减弱',
              '种子放一年就会全部失去发芽能力',
              '杂交水稻不能结出稻谷',
            ],
            answerIndex: 0,
            explanation:
              '杂交一代（F1）整齐且有明显的杂种优势；自留种种下后性状分离，植株参差不齐、产量下降，所以要每年重新制种。',
          },
        },
      },
      {
        key: 'sg-rice-soil',
        name: '测土配方施肥站',
        qrMode: 'static',
        card: {
          title: '测土配方施肥：缺什么补什么',
          body: '作物生长需要氮、磷、钾等多种养分，不同田块土壤中的养分含量差别很大。测土配方施肥就是先采集土壤样品化验，再根据作物需求和土壤供肥能力，算出该施哪种肥、施多少。这样既能避免盲目多施造成浪费和水体污染，又能防止缺肥减产。采集土样时要在田块中按“S”形多点取土，混合均匀后送检。',
          question: {
            prompt: '测土配方施肥采集土样，正确的做法是？',
            options: ['在田块中多点取土后混合送检', '只在田埂边挖一处', '刚施完肥就马上取样'],
            answerIndex: 0,
            explanation:
              '同一田块不同位置的养分有差异，多点采样混合后才有代表性；刚施肥的土壤会让化验结果失真。',
          },
        },
      },
    ],
  },
  {
    key: 'sg-univ-ecolab',
    name: '韶关学院生态环境星火实验室',
    kind: 'spark_hall',
    regionCode: '440204',
    address: '广东省韶关市浈江区大塘路288号韶关学院',
    lat: 24.7988,
    lng: 113.6213,
    host: '韶关学院科学技术协会',
    description:
      '高校向公众开放的水环境监测与生物多样性实验室，由师生带领访客动手检测水样、识别南岭常见动植物。工作日分上下午两个时段接待，周六半天开放。',
    openingHours: {
      ...hours(MON_TO_FRI, [
        ['08:30', '11:30'],
        ['14:30', '17:00'],
      ]),
      ...hours(['sat'], [['09:00', '12:00']]),
    },
    geofenceRadiusM: null,
    checkpoints: [
      {
        key: 'sg-lab-water',
        name: '水质检测实验台',
        qrMode: 'static',
        card: {
          title: '一杯河水里藏着哪些秘密',
          body: '判断河水是否干净，常看几项指标：pH值反映酸碱性；溶解氧越高，鱼虾越容易生存；化学需氧量和氨氮偏高，说明水中有机物和生活污水较多；总磷过高则容易引发藻类大量繁殖。浈江和武江在韶关市区汇合成北江，定期监测这些指标，可以及时发现污染，守护沿江群众的饮用水安全。',
        },
      },
      {
        key: 'sg-lab-biodiversity',
        name: 'AI物种识别角',
        qrMode: 'static',
        card: {
          title: '拍张照片就能认识植物吗',
          body: '识花识虫软件利用深度学习模型，把照片中的叶形、花瓣、颜色等特征与数据库中大量物种照片比对，给出最可能的物种和可信度。它很方便，但对相似物种、幼苗或模糊的照片容易出错。科研人员只把AI结果当作线索，还要结合标本特征和专家鉴定来确认。野外遇到不认识的植物和蘑菇，千万不要凭识别结果就采食。',
          question: {
            prompt: '用手机AI识图认出一种野生蘑菇“可食用”，正确做法是？',
            options: [
              '不凭识别结果采食，不认识的野生菌不采不吃',
              '马上采回家炒着吃',
              '和其他蘑菇一起煮熟就安全了',
            ],
            answerIndex: 0,
            explanation:
              'AI识别可能出错，许多毒蘑菇与可食菌外形相似，且多数毒素加热煮熟也不能破坏，误食可能危及生命。',
          },
        },
      },
    ],
  },
  {
    key: 'sg-science-museum',
    name: '韶关市科技馆',
    kind: 'science_museum',
    regionCode: '440203',
    address: '广东省韶关市武江区芙蓉新城芙蓉大道科普中心',
    lat: 24.7915,
    lng: 113.5712,
    host: '韶关市科学技术协会',
    description:
      '韶关市科普嘉年华主会场之一，设有防灾减灾、生命健康和南岭生态展区。科普月期间有科技志愿者驻馆讲解，周一闭馆。',
    openingHours: hours(TUE_TO_SUN, [['09:00', '17:00']]),
    geofenceRadiusM: null,
    checkpoints: [
      {
        key: 'sg-museum-landslide',
        name: '地质灾害演示沙盘',
        qrMode: 'static',
        card: {
          title: '山体滑坡前有哪些征兆',
          body: '韶关山地多，汛期暴雨集中，要警惕滑坡和泥石流。滑坡发生前常有征兆：山坡上出现新的裂缝，房屋墙壁开裂、门窗变形；坡脚突然冒出浑浊的泉水，或原有泉水突然断流；山体内部传出异常响声；树木歪斜。发现这些现象要立即向滑坡方向的两侧撤离，不要顺着滑坡方向往下跑，并及时报告村委会或当地政府。',
          question: {
            prompt: '发现山体即将滑坡，应该往哪个方向撤离？',
            options: ['向滑坡方向的两侧撤离', '顺着滑坡方向往山下跑', '躲进坡脚下的房屋里'],
            answerIndex: 0,
            explanation:
              '滑坡体沿坡向下运动，顺着它跑很容易被追上掩埋；向两侧横向撤离才能尽快脱离滑坡范围。',
          },
        },
      },
      {
        key: 'sg-museum-lightning',
        name: '雷电互动装置',
        qrMode: 'static',
        card: {
          title: '打雷时躲在哪里最安全',
          body: '雷雨天气在户外，应尽快进入有防雷设施的建筑物，或关好车窗待在汽车里。不要在大树、电线杆、广告牌下避雨，远离山顶、空旷的田野和水面，不要撑带金属尖头的雨伞或扛着农具行走。如果来不及躲避，应双脚并拢蹲下，尽量降低身体高度，减少跨步电压带来的伤害。',
        },
      },
      {
        key: 'sg-museum-firstaid',
        name: '心肺复苏体验区',
        qrMode: 'static',
        card: {
          title: '黄金四分钟：学会心肺复苏',
          body: '心脏骤停后，大脑缺氧4至6分钟就可能造成不可逆的损伤。发现有人倒地，先确认环境安全，拍打双肩呼叫，若无反应且没有正常呼吸，立即拨打120并取来附近的AED。然后在胸部正中、两乳头连线中点处用力按压，深度5至6厘米，频率每分钟100至120次，每按压30次做2次人工呼吸，直到专业人员到达。',
          question: {
            prompt: '为成人做胸外按压，频率应为每分钟多少次？',
            options: ['60至80次', '100至120次', '150至180次'],
            answerIndex: 1,
            explanation:
              '指南建议成人胸外按压频率为每分钟100至120次，深度5至6厘米，每次按压后让胸廓充分回弹。',
          },
        },
      },
    ],
  },
  {
    key: 'sg-nanling-forest',
    name: '南岭森林生态科普教育基地',
    kind: 'education_base',
    regionCode: '440232',
    address: '广东省韶关市乳源瑶族自治县南岭国家森林公园',
    lat: 24.9258,
    lng: 113.0241,
    host: '乳源瑶族自治县林业局',
    description:
      '位于南岭山地的森林生态科普步道，沿途设有森林防火、水源涵养和珍稀动植物解说点。山区道路弯多坡陡，请合理安排行程并注意天气变化。',
    openingHours: hours(EVERY_DAY, [['08:00', '17:30']]),
    geofenceRadiusM: 800,
    checkpoints: [
      {
        key: 'sg-forest-fire',
        name: '森林防火宣传站',
        qrMode: 'static',
        card: {
          title: '森林防火，从管住一个火种开始',
          body: '森林火灾绝大多数由人为用火引起，比如上山烧纸、烧荒、野炊和乱扔烟头。进入林区不携带火种，不在林内吸烟、野炊。一旦遇到山火，不要往山顶跑，也不要顺风跑，火势往往顺风、向上坡蔓延更快，应逆风避开火头，转移到已经烧过的地方、植被稀少的空地或河边，用湿毛巾捂住口鼻，并拨打12119森林火警电话。',
          question: {
            prompt: '发现森林火情，应拨打哪个报警电话？',
            options: ['12119', '12345', '12315'],
            answerIndex: 0,
            explanation:
              '12119是全国森林火警电话；也可以拨打119报警。12345是政务服务热线，12315是消费者投诉热线。',
          },
        },
      },
      {
        key: 'sg-forest-water',
        name: '水源涵养观测点',
        qrMode: 'static',
        card: {
          title: '森林为什么是“绿色水库”',
          body: '下雨时，树冠先截留一部分雨水，林下厚厚的枯枝落叶层像海绵一样吸水，疏松的森林土壤让雨水慢慢渗入地下，再以泉水、溪流的形式缓缓流出。这样既能削减洪峰、减少水土流失，又能在旱季持续补给河流。南岭山地是北江多条支流的重要水源涵养区，保护这里的森林，就是保护下游千家万户的用水安全。',
        },
      },
    ],
  },
  {
    key: 'sg-library',
    name: '韶关市图书馆科普阅读空间',
    kind: 'public_place',
    regionCode: '440204',
    address: '广东省韶关市浈江区风采路16号',
    lat: 24.8066,
    lng: 113.601,
    host: '韶关市图书馆',
    description:
      '图书馆内的科普阅读与数字课堂空间，定期为老年读者开展手机使用、防范电信诈骗和健康知识讲座。同时提供“云上科普月”线上专题阅读。',
    openingHours: hours(TUE_TO_SUN, [['09:00', '20:30']]),
    geofenceRadiusM: null,
    checkpoints: [
      {
        key: 'sg-library-fraud',
        name: '防诈骗数字课堂',
        qrMode: 'static',
        card: {
          title: '识破“AI换脸”诈骗',
          body: '骗子可能利用人工智能合成熟人的面孔和声音，通过视频通话借钱或要求转账。遇到这种情况不要急于转账，可以挂断后用原来存好的电话号码回拨核实，或者问一些只有双方知道的问题。留意视频中人物是否表情僵硬、口型与声音对不上。保护好自己的照片、声音和身份证信息，不点击陌生链接，一旦被骗立即拨打110报警。',
          question: {
            prompt: '“亲友”在视频通话里着急借钱，最稳妥的做法是？',
            options: [
              '挂断后用自己存好的号码回拨核实',
              '看到是熟人的脸就马上转账',
              '把收到的验证码告诉对方',
            ],
            answerIndex: 0,
            explanation:
              'AI可以伪造面孔和声音，“眼见”不一定为实。通过自己掌握的其他渠道核实身份，是防范此类诈骗最有效的办法。',
          },
        },
      },
      {
        key: 'sg-library-healthinfo',
        name: '健康阅读角',
        qrMode: 'static',
        card: {
          title: '如何辨别网上的健康谣言',
          body: '看到“某种食物能治癌”“某个偏方包治百病”之类的文章，先看信息来源，是否来自卫生健康部门、正规医院或医学期刊。再看说法是否绝对化，真正的医学结论很少使用“彻底根治”“百分之百有效”等字眼。还可以通过官方辟谣平台查询。保健食品不是药品，不能代替药物治疗疾病，身体不适要到正规医院就诊。',
        },
      },
    ],
  },

  // ───────────────────────────── 重庆市 ─────────────────────────────
  {
    key: 'cq-auto-hall',
    name: '重庆汽车智能制造星火馆',
    kind: 'spark_hall',
    regionCode: '500107',
    address: '重庆市九龙坡区含谷镇智能制造产业园8号',
    lat: 29.4615,
    lng: 106.418,
    host: '重庆渝新智能汽车制造有限公司',
    description:
      '整车企业开放的焊装车间参观廊道、动力电池展区和智能驾驶实验室，展示一辆汽车从钢板到整车的智能制造过程。参观需提前预约，由工程师带队讲解。',
    openingHours: {
      ...hours(MON_TO_FRI, [
        ['09:00', '11:30'],
        ['14:00', '17:00'],
      ]),
      ...hours(['sat'], [['09:00', '12:00']]),
    },
    geofenceRadiusM: null,
    checkpoints: [
      {
        key: 'cq-auto-welding',
        name: '车身焊装车间参观廊道',
        qrMode: 'rotating',
        card: {
          title: '一辆车身有几千个焊点',
          body: '汽车车身由数百个冲压钢板零件拼焊而成，一辆轿车通常有四五千个焊点，大多采用电阻点焊：两个电极夹紧钢板并通过大电流，接触处瞬间发热熔化，冷却后连成一体。焊装车间里大量机器人协同作业，再由视觉系统和激光测量检查尺寸精度，误差要控制在毫米以内，这直接关系到车门是否严密、碰撞时是否安全。',
          question: {
            prompt: '电阻点焊主要利用什么原理把钢板连在一起？',
            options: ['大电流通过接触处产生热量使金属熔化', '用胶水粘接', '用磁铁吸合'],
            answerIndex: 0,
            explanation:
              '电流通过钢板接触面时，那里电阻较大、发热集中，金属局部熔化，断电冷却后形成牢固的焊点。',
          },
        },
      },
      {
        key: 'cq-auto-battery',
        name: '动力电池展区',
        qrMode: 'static',
        card: {
          title: '新能源汽车电池安全知多少',
          body: '新能源汽车多使用锂离子电池，电池包内有成百上千个电芯，电池管理系统时刻监测每个电芯的电压和温度。电池最怕穿刺、挤压、浸水和过度充电，这些情况可能引发“热失控”。日常要使用合格的充电桩充电，不私拉电线、不改装电池；底盘受到剧烈磕碰后应及时检查；一旦发现冒烟或异味，要立即远离车辆并报警。',
        },
      },
      {
        key: 'cq-auto-adas',
        name: '智能驾驶实验室',
        qrMode: 'static',
        card: {
          title: '智能汽车怎样“看”清道路',
          body: '智能驾驶汽车依靠多种传感器感知周围环境：摄像头识别车道线、红绿灯和行人；毫米波雷达测量前车距离和速度，雨雾天气也能工作；激光雷达发射激光束，生成周围环境的三维点云。计算平台把这些信息融合起来，再决定加速、刹车或转向。目前量产车的辅助驾驶仍需要驾驶员全程监控，随时准备接管。',
          question: {
            prompt: '开启辅助驾驶功能时，驾驶员应当？',
            options: ['全程保持注意力，随时准备接管', '可以睡觉或看手机', '可以离开驾驶座'],
            answerIndex: 0,
            explanation:
              '辅助驾驶只能帮助驾驶员，不能替代驾驶员。驾驶员始终是行车安全的责任主体，必须保持专注。',
          },
        },
      },
    ],
  },
  {
    key: 'cq-science-museum',
    name: '重庆科技馆',
    kind: 'science_museum',
    regionCode: '500105',
    address: '重庆市江北区江北城文星门街7号',
    lat: 29.5695,
    lng: 106.5775,
    host: '重庆市科学技术协会',
    description:
      '位于两江交汇处的大型综合性科技馆，设有宇航天地、生活科技、防灾科技等展厅。科普月期间开设急救培训和航天主题讲座，周一闭馆。',
    openingHours: hours(TUE_TO_SUN, [['09:30', '17:00']]),
    geofenceRadiusM: null,
    checkpoints: [
      {
        key: 'cq-museum-station',
        name: '中国空间站展区',
        qrMode: 'static',
        card: {
          title: '航天员在空间站怎样生活',
          body: '空间站绕地球飞行时，站内处于失重状态。航天员睡觉要钻进固定在舱壁上的睡袋，喝水要用吸管从密封水袋中吸取。长期失重会导致肌肉萎缩和骨质流失，因此航天员每天要用太空跑台、太空自行车等设备坚持锻炼。空间站大约90分钟绕地球一圈，航天员一天能看到十几次日出日落。',
        },
      },
      {
        key: 'cq-museum-aed',
        name: 'AED急救展台',
        qrMode: 'rotating',
        card: {
          title: '会“说话”的救命神器AED',
          body: 'AED即自动体外除颤器，是专为非医务人员设计的急救设备。心脏骤停时，心脏常处于室颤状态，AED可以释放电击，帮助心脏恢复正常节律。使用很简单：打开电源后按语音提示，把两片电极片分别贴在患者右胸上部和左侧腋下，机器会自动分析心律，需要电击时提示所有人离开患者，再按下放电键。',
          question: {
            prompt: '使用AED时，两片电极片应分别贴在哪里？',
            options: ['右胸上部和左侧腋下', '两只手心', '额头和后背正中'],
            answerIndex: 0,
            explanation:
              '电极片贴在右胸上部（右锁骨下方）和左侧腋下（左乳头外侧），电流才能穿过心脏。电极片上一般也印有示意图。',
          },
        },
      },
    ],
  },
  {
    key: 'cq-liziba',
    name: '李子坝轨道交通科普观景平台',
    kind: 'public_place',
    regionCode: '500103',
    address: '重庆市渝中区李子坝正街',
    lat: 29.5539,
    lng: 106.5352,
    host: '重庆市渝中区科学技术协会',
    description:
      '可以观看轨道交通2号线列车“穿楼而过”的观景平台，设有山地城市轨道交通科普展板。节假日游客较多，请文明观景、注意安全。',
    openingHours: hours(EVERY_DAY, [['07:00', '22:00']]),
    geofenceRadiusM: null,
    checkpoints: [
      {
        key: 'cq-liziba-monorail',
        name: '穿楼轻轨观景点',
        qrMode: 'static',
        card: {
          title: '轻轨为什么能在山城里“爬坡穿楼”',
          body: '重庆轨道交通2号线采用跨座式单轨，列车骑跨在一根混凝土轨道梁上，使用橡胶轮胎行驶，爬坡能力强、转弯半径小、噪音低，很适合山城起伏的地形。李子坝站在建设前就与所在楼房统一规划设计，车站设在楼内，并采取了减振降噪措施，列车从楼中穿过，成了山地城市立体交通的独特风景。',
          question: {
            prompt: '重庆轨道交通2号线采用的是哪种制式？',
            options: ['跨座式单轨', '磁悬浮', '有轨电车', '高速铁路'],
            answerIndex: 0,
            explanation:
              '跨座式单轨列车骑在轨道梁上、用橡胶轮胎行驶，爬坡和转弯能力强，适合重庆这样的山地城市。',
          },
        },
      },
      {
        key: 'cq-liziba-safety',
        name: '乘车安全提示牌',
        qrMode: 'static',
        card: {
          title: '乘坐轨道交通的安全常识',
          body: '候车时要站在黄色安全线以内，先下后上，当车门或屏蔽门的警示灯闪烁、提示音响起时，不要强行上下车，也不要倚靠车门和屏蔽门。带儿童乘车要看管好，防止脚卡进站台与车门之间的缝隙。遇到突发情况，可使用车厢内的紧急对讲装置联系司机，听从工作人员指挥疏散，不要擅自进入轨道区域。',
        },
      },
    ],
  },
  {
    key: 'cq-beibei-spirit',
    name: '中国西部科学院旧址科学家精神教育基地',
    kind: 'scientist_spirit_base',
    regionCode: '500109',
    address: '重庆市北碚区文星湾',
    lat: 29.824,
    lng: 106.436,
    host: '重庆市北碚区科学技术协会',
    description:
      '中国西部科学院由卢作孚等人于1930年在北碚创办，曾在西部地区开展生物、地质等科学考察。旧址展陈动植物标本和古生物化石，讲述前辈科学工作者扎根西部、实干报国的故事。',
    openingHours: hours(TUE_TO_SUN, [['09:00', '17:00']]),
    geofenceRadiusM: null,
    checkpoints: [
      {
        key: 'cq-spirit-specimen',
        name: '生物标本陈列室',
        qrMode: 'static',
        card: {
          title: '标本为什么能保存上百年',
          body: '动植物标本是科学研究的“原始档案”。植物标本通常经过压平、干燥后固定在台纸上，并记录采集地点、时间、海拔和采集人；动物标本要去除易腐烂的内脏和肌肉，经过防腐处理后再填充定型。只要做好防潮、防虫、避光，标本可以保存上百年，后人还能从中提取DNA，研究物种演化和环境变化。',
          question: {
            prompt: '一份有科学价值的植物标本，必须附带什么？',
            options: ['采集地点、时间等采集信息', '精美的相框', '购买发票'],
            answerIndex: 0,
            explanation:
              '没有采集信息的标本几乎失去研究价值。采集地点、时间、海拔和生境等记录，是开展分类和生态研究的依据。',
          },
        },
      },
      {
        key: 'cq-spirit-fossil',
        name: '古生物化石展区',
        qrMode: 'static',
        card: {
          title: '恐龙化石是怎样形成的',
          body: '恐龙死后，如果遗体很快被河流带来的泥沙掩埋，就能隔绝氧气、减缓腐烂。软组织分解后，骨骼在漫长的地质年代里被地下水中的矿物质逐渐渗透、替换，变得像石头一样坚硬，这就是化石。侏罗纪时期的四川盆地湖泊河流众多，是我国恐龙化石的重要产地，重庆境内也发现过多种恐龙化石。',
        },
      },
    ],
  },
  {
    key: 'cq-citrus-courtyard',
    name: '北碚柑橘科技小院',
    kind: 'science_courtyard',
    regionCode: '500109',
    address: '重庆市北碚区歇马街道柑橘示范园',
    lat: 29.77,
    lng: 106.383,
    host: '重庆市北碚区农业农村委员会',
    description:
      '科研人员与果农一起驻园开展柑橘病虫害绿色防控、无病苗木繁育和安全用药示范。访客可以参观示范果园，学习识别常见病虫害。',
    openingHours: hours(MON_TO_SAT, [
      ['08:30', '12:00'],
      ['14:00', '17:30'],
    ]),
    geofenceRadiusM: 400,
    checkpoints: [
      {
        key: 'cq-citrus-hlb',
        name: '黄龙病防控示范园',
        qrMode: 'static',
        card: {
          title: '柑橘的“癌症”——黄龙病',
          body: '黄龙病是由细菌引起的柑橘毁灭性病害，目前还没有能够治愈的药物。病树叶片会出现不对称的斑驳黄化，果实小而畸形，有的果蒂附近先转红，俗称“红鼻子果”。它主要通过柑橘木虱传播，也会随带病苗木扩散。防控要抓住三个关键：种植无病苗木、防治柑橘木虱、及时挖除病树。发现可疑病树要尽快报告农技人员。',
          question: {
            prompt: '柑橘黄龙病的主要传播媒介是？',
            options: ['柑橘木虱', '蜜蜂', '蚯蚓', '麻雀'],
            answerIndex: 0,
            explanation:
              '柑橘木虱在病树上取食后带菌，再取食健康树就会传播病害，所以防治木虱是防控黄龙病的关键措施之一。',
          },
        },
      },
      {
        key: 'cq-citrus-pesticide',
        name: '农药安全间隔期展板',
        qrMode: 'static',
        card: {
          title: '什么是农药安全间隔期',
          body: '安全间隔期是指最后一次施药到作物采收之间必须间隔的天数。不同农药、不同作物的安全间隔期各不相同，都标注在农药标签上。在这段时间里，农药会在阳光、雨水和植物代谢的作用下逐渐降解，使残留量降到国家标准以下。果农严格遵守安全间隔期，消费者食用前再清洗或去皮，就能有效保障食品安全。',
          question: {
            prompt: '农药安全间隔期是指？',
            options: [
              '最后一次施药到采收之间必须间隔的天数',
              '农药从生产到过期的时间',
              '两次购买农药之间的时间',
            ],
            answerIndex: 0,
            explanation:
              '遵守安全间隔期，才能保证上市农产品的农药残留不超过国家标准。具体天数以农药标签标注为准。',
          },
        },
      },
    ],
  },
];

export const DEMO_TRAILS: DemoTrail[] = [
  {
    key: 'ts-smart-industry',
    name: '唐山工业智造探秘之旅',
    description:
      '从机器人生产线到高炉转炉，再到千年窑火，一路看懂唐山从“制造”走向“智造”的科技密码。建议按顺序参观，曹妃甸段需乘车前往。',
    topic: 'robotics',
    audienceGroups: ['teenager', 'industrial_worker'],
    ordered: true,
    estimatedMinutes: 210,
    regionCode: '130200',
    stops: [
      'ts-robot-welding',
      'ts-robot-teach',
      'ts-robot-vision',
      'ts-steel-furnace',
      'ts-steel-converter',
      'ts-ceramics-kiln',
    ],
  },
  {
    key: 'ts-quake-ready',
    name: '唐山防震减灾安全行',
    description:
      '走进科技馆地震体验屋和地震遗址公园科普长廊，了解地震成因，掌握避险自救方法，找到家门口的应急避难场所。',
    topic: 'disaster_prevention',
    audienceGroups: ['teenager', 'elderly', 'other'],
    ordered: false,
    estimatedMinutes: 90,
    regionCode: '130200',
    stops: ['ts-museum-quake', 'ts-park-fault', 'ts-park-shelter'],
  },
  {
    key: 'sg-green-water',
    name: '韶关三江护水生态研学路线',
    description:
      '从南岭水源涵养林到高校水质实验室，再到科技小院的稻田，跟着一滴水了解森林、农业与河流健康之间的关系。',
    topic: 'water',
    audienceGroups: ['teenager', 'farmer'],
    ordered: false,
    estimatedMinutes: 240,
    regionCode: '440200',
    stops: [
      'sg-forest-water',
      'sg-lab-water',
      'sg-lab-biodiversity',
      'sg-rice-soil',
      'sg-rice-breeding',
    ],
  },
  {
    key: 'sg-mountain-safety',
    name: '韶关山区防灾避险科普路线',
    description:
      '面向山区群众的防灾避险课：识别滑坡征兆、雷雨天安全避险、学会心肺复苏，最后到南岭了解森林防火。',
    topic: 'disaster_prevention',
    audienceGroups: ['elderly', 'farmer', 'other'],
    ordered: true,
    estimatedMinutes: 150,
    regionCode: '440200',
    stops: ['sg-museum-landslide', 'sg-museum-lightning', 'sg-museum-firstaid', 'sg-forest-fire'],
  },
  {
    key: 'cq-mountain-mobility',
    name: '山城智造出行探索路线',
    description:
      '从“穿楼而过”的跨座式单轨出发，走进汽车智能制造车间和智能驾驶实验室，看山城如何用科技解决出行难题。',
    topic: 'transport',
    audienceGroups: ['teenager', 'industrial_worker', 'official'],
    ordered: true,
    estimatedMinutes: 200,
    regionCode: '500000',
    stops: [
      'cq-liziba-monorail',
      'cq-liziba-safety',
      'cq-auto-welding',
      'cq-auto-battery',
      'cq-auto-adas',
    ],
  },
  {
    key: 'cq-beibei-farming',
    name: '北碚科学寻访与柑橘科技之旅',
    description:
      '在中国西部科学院旧址感受前辈科学工作者的求实精神，再走进柑橘科技小院，了解病虫害绿色防控和农产品安全。',
    topic: 'farming',
    audienceGroups: ['farmer', 'teenager', 'official'],
    ordered: true,
    estimatedMinutes: 150,
    regionCode: '500000',
    stops: ['cq-spirit-specimen', 'cq-spirit-fossil', 'cq-citrus-hlb', 'cq-citrus-pesticide'],
  },
];

/** The venue of the demo staff account: open all day every day, no geofence. */
export const DEMO_STAFF_VENUE_KEY = 'ts-robot-hall';

/** The region of the demo organizer account (a city). */
export const DEMO_ORGANIZER_REGION_CODE = '130200';
