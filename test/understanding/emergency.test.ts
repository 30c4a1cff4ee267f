import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import { lexicon } from './helpers.js';

const u = (text: string) => understand(text, lexicon());

describe('emergency words', () => {
  it.each([
    'たすけて',
    'タスケテ',
    '助けてください',
    'help',
    'help me',
    'please help, he is outside my door',
    'SOS',
    'emergency',
    '110',
    '１１０',
    '119',
    '110番して',
    'call 110 now',
    '今すぐ危ない',
    '殺される',
    'ころされる',
    'he is going to kill me',
    '今夜帰りたくない',
    '家に帰れない',
    "tonight I can't go home",
    "i dont want to go home, he'll hit me",
    '閉じ込められている',
    'he locked me in my room',
    '血が出ている',
    'she is bleeding',
    '今お父さんに殴られてる',
    'my dad is hitting my mom right now',
    '家出してきた。泊まるところがない',
    'ｲｼﾞﾒられてる　たすけて',
    // asking whether to call the police is about now, even in a question about last night
    '昨夜、娘が先輩にお酒を飲まされて…と泣いて帰ってきました。警察に先に電話すべきですか',
    '上の階から悲鳴と物が倒れる音。110番していいものでしょうか',
    'Do I call 911 or is it 110 here in Japan?',
    // present danger inside a question or a report
    'is a bruise on his face thats swelling his eye shut an ER thing?',
    '養護教諭です。本児より性的接触ありとの訴え。本日このまま帰宅させてよいか迷っています',
    'the car is still circling our block',
    'a guy from roblox says hes in front of my school',
    '中2の生徒がネットで知り合った成人男性と今日の放課後に会う約束をしているそうです',
    '自撮り送った相手から、お金はらわないと拡散するって。期限あと１時間',
    'a livestream of a child being made to undress, its live now. i want to report it',
    // "lol" is not a joke when the danger is now; the past ("前にも", "以前") does not veto a danger now
    "17. tonight's guy found out where i live and is downstairs lol",
    '塾の先生に車で送ってもらってるけど、うちと全然ちがう方向に走ってる。前にも体をさわられたことある。いま信号で止まってる',
    '掲示板に『今夜○○公園のトイレで会う』って書き込みと制服の女の子の写真が出てる。時間は1時間後。通報したい',
    '看護師です。外国籍の少女が救急搬送され、付き添いの男性が身分証を全部持っていて本人は話せない様子です',
    // a long message with the danger in the middle; spellings and questions that are still about now
    '親とずっとケンカしてる。今日は「お前なんか死ね」って言われた。じゃあほんとに死のうかなって、薬の箱を机に並べてる。明日は部活の大会',
    '体育倉庫に閉じこめられた。外で笑ってる声してたけどもう聞こえない。暗い',
    'hes right outside the door and my ride left. how do i get the police here',
    '小5の娘が家にいません。DMで「今日の5時に駅で会おう」とやりとりしていました。もう6時を過ぎています',
    // Japanese typed in romaji
    'kyou oya inai tasukete',
    'ijime de kaidan kara tsukiotosareta ashi hen na houkou muiteru',
    // round 15: followed off the train, moved on tonight, an adult alone with a child today
    'ﾁｶﾝされた。いま電車おりたけどそいつも同じ駅でおりてきた',
    '社長に借金があると言われて働かされています。今夜から別の店に移すと言われました',
    'その先輩が今日、家庭教師先の小学生と2人きりらしいです',
    // round 16: a spiked drink, a client tonight, kept from leaving, a hotel check-in, downstairs now, minutes left
    'this guy poured something in my drink and i feel so dizzy',
    '店長 きょう 客と ホテル いけ いう。スマホ とられた',
    '帰りたいって言ったらまだダメって。中3',
    '中年男性と、明らかに10代前半の女の子がチェックインしようとしています',
    "tonight's guy found out where i live and is downstairs",
    'あいて いま もっと おくれ、5ふんで おくらないと ともだちに おくる いう',
    'こんや トラックで 別の 町 いく いわれた',
    'ゲームで仲良くなった大学生の人、いま駅ついたって。初めて会う。中1',
    'おさんぽのバイトでお客さんにくるまさのせられた　どこさいぐがわがんね',
    'watashi nihon ni tsurete korareta, okane nai, kaerenai, tasukete',
    // round 17: the man who touched you staying tonight, sneaking out to meet a stranger, no word late at night
    'おじさんが今夜うちに泊まることになった。前にさわってきた人。わたしの部屋かぎない',
    'i just caught her climbing out the window to meet a man she met on tiktok',
    '娘が『今日は友達の家に泊まる』というLINEを最後に連絡が取れません。もう深夜1時です',
    'she goes home at 3pm and he will be alone with her there',
    'おとうさんがよるふとんにはいってくる　いやだ　きょうもくる',
    'DV　にげたい　今夜',
    // round 20: harm set for this afternoon, an assault within the hour, the abuser at the new address, a child at a
    // man's place, the offender still in the house, a car going the wrong way, a child offered tonight
    '中2の男子生徒が、今日の放課後も部室で上級生たちに服を脱がされることになっていると話しています',
    '夜間対応。女子(16)来所。1時間前に路上で見知らぬ男性から性被害',
    'シェルター入所待ちの母子のアパート前に、夫が居場所を突き止めて車を停めていると母から電話がありました',
    '本児(中2女子)、オンラインゲームで知り合った成人男性宅に2日前から滞在との情報',
    '家庭教師の大学生が息子の体を触っていたと聞きました。その先生がまだ家にいて、二階で次の授業の準備をしています',
    '塾の先生に車で送ってもらってるけど、うちと全然ちがう方向に走ってる。前にも体をさわられたことある。いま信号で止まってる',
    '取引メッセージに「今夜この子と会わせる、ホテル代別」とあります',
    // round 21: a door being broken, minutes to comply, "strip now or he posts", a child with a man at a hotel desk
    '兄が酔ってて部屋のカギこわそうとしてる 親は夜勤でいない 前にもされたことあるやつ',
    '子どもの頃、父から性的なことをされていました。さっき父がアパートの前に来ていて、インターホンが何度も鳴っています',
    "someone made fake nudes of me with AI and says if i don't send real ones in the next 15 minutes he posts them",
    "i'm on a video call and he recorded me before, now he says strip again now or he posts it",
    "did 'dates' for money a few times. tonight's guy found out where i live and is downstairs lol",
    'ホテルのフロントです。中年男性と、明らかに10代前半の女の子がチェックインしようとしています。女の子が何度もこちらを見ています',
    // round 22: a question asked while the danger is still going on
    'マンションの上の階から、男性の怒鳴り声と女性の悲鳴、物が割れる音がずっと続いています。子どもの泣き声もします。通報していいんでしょうか',
    'help pls',
  ])('%s is an emergency', (text) => {
    expect(u(text).emergency).toBe(true);
    expect(u(text).urgency).toBe('emergency');
  });

  it.each([
    '死にたい',
    'しにたい',
    '消えたい',
    'リスカしてしまった',
    '自殺したい',
    'I want to kill myself',
    'i cut myself again',
    'my son says he wants to die',
    '薬を大量に飲んだ',
    // self-harm words stand in a question, with marks, or with talk of childhood
    '保健室の先生です。最近リストカットの痕がある生徒がいます。どこと連携すべきでしょうか',
    '生きてるのがしんどい。誰にも言えない',
    '兄にされてること誰にも言えない。もう消えちゃったほうが楽なのかなって毎日思う',
    '小さい頃から継父にされてきた。もう限界、薬ぜんぶ飲んだら楽になれるかな',
    'how do i make the bullying stop forever. like permanently, as in me not being here',
    'shinitai',
    'ニュースを見て死にたくなった',
    'paid $200 already and he wants more. i feel like ending it',
    'does this chat work at night? i already took the whole strip of painkillers',
  ])(
    '%s is an emergency with selfHarm',
    (text) => {
      const r = u(text);
      expect(r.emergency).toBe(true);
      expect(r.selfHarm).toBe(true);
    },
  );

  it('selfHarm stays false for emergencies without suicide or self-harm words', () => {
    for (const text of ['たすけて', '殺される', '今夜帰りたくない', 'help', '110']) {
      const r = u(text);
      expect(r.emergency).toBe(true);
      expect(r.selfHarm).toBe(false);
    }
  });
});

describe('known false positives stay quiet', () => {
  it.each([
    '110番って何?',
    '110番のことを聞きたい',
    '110番と189はどう使い分けるの？',
    '子どもの人権110番の受付時間を教えてください',
    "what is the difference between 189 and the children's rights dial 110?",
    'help me find a counsellor for my student',
    'help me understand how the child guidance centre works',
    'My daughter was asked to help with a school project',
    "my student mentioned she's scared of exams",
    '死ぬほど疲れた',
    '睡眠不足で死にそう笑',
    'im literally dying of boredom',
    '自殺予防の研修を担当しています',
    'where can she get emergency contraception?',
    '緊急避妊薬について知りたい',
    "I'm not in danger, I just want information",
    '親とけんかして家出したい気分',
    '娘を助けてあげたい',
    '去年、父に殴られて骨折したことがある',
    'how do i call 110 in japan? making a list of numbers for my kids',
    "I'm not going to kill myself, I just feel tired of school",
    '今日友達と会うから相談は明日にします',
    'this exam is going to be the death of me honestly',
    "lol my brother said he'd kill me if i touched his xbox again",
    '明日の放課後、体育館裏に来いって呼び出されてる。行かなかったらもっとひどいことするって',
    '昔、父に殴られてた。今でも夢に見る',
    'ドラマで自殺のシーンがあって怖かった',
    'thinking about ending it with my boyfriend, he is so controlling',
    '今日は母と二人きりで買い物に行きます',
    '来月、別の店に移すと言われた',
    'someone put something in my drink and i woke up with my clothes off. this morning',
    'my son snuck out of the house last month, we talked and he is fine now',
    'my mom hit me with a belt again, not bleeding this time just bruises. im 14',
    'my stepdad keeps coming into my room at night. im 13. mom doesnt believe me',
    // short small talk that says now (the model alone needs 15 characters or a sign of danger)
    '今から塾',
    '3年前に路上で見知らぬ男性から性被害を受けました',
    'その先生は今日は授業で学校にいます',
    'ネットで知り合った人に画像送ったら、もっと送らないと学校にばらすって脅された',
    'he says pay 50,000 yen by friday or he sends the video to my friends',
    'クラスでの無視がずっと続いています。どこに相談すればいいですか',
    'ｲﾏ ﾋﾏ?',
    'wyd rn',
    '部活の顧問にビンタされた。みんなの前で。もう腫れはひいたけどくやしい',
  ])('%s is not an emergency', (text) => {
    expect(u(text).emergency).toBe(false);
    expect(u(text).selfHarm).toBe(false);
  });
});

describe('urgency', () => {
  it('a sexual assault within about 72 hours is urgent', () => {
    expect(u('昨日レイプされた').urgency).toBe('urgent');
    expect(u('I was raped last night').urgency).toBe('urgent');
  });

  it('an assault minutes ago is at least urgent (it may still be danger now)', () => {
    expect(['urgent', 'emergency']).toContain(u('さっき知らない男に襲われた').urgency);
  });

  it('an older assault, or recent words on another topic, is routine', () => {
    expect(u('3年前にレイプされた').urgency).toBe('routine');
    expect(u('昨日クラスでいじめられた').urgency).toBe('routine');
  });

  it('harm likely within days is urgent', () => {
    expect(u('ネットで知り合った人と明日会う約束をした').urgency).toBe('urgent');
    expect(u('they want $500 by tomorrow or they send my nudes').urgency).toBe('urgent');
  });
});
