use crate::i18n::tables::method::MethodTexts;

pub const TEXTS: MethodTexts = MethodTexts {
    title: t!("Comment Klantspiegel calcule vos résultats"),
    intro: t!("Chaque chiffre de la page de résultats provient des formules ci-dessous. Il n’y a aucune pondération cachée et rien n’est calculé ailleurs : tout se passe dans votre navigateur. Klantspiegel mesure deux choses distinctes : le degré de maturité de votre orientation client (les scores et le stade) et la façon dont votre organisation procède (le profil). L’un ne remplace jamais l’autre."),
    sections: &[
        (t!("Questions et réponses"), &[
            t!("Le questionnaire compte onze thèmes de trois à cinq questions chacun. Pour chaque question, vous choisissez parmi cinq pratiques décrites, de réactive (niveau 1) à apprenante (niveau 5). Pendant que vous répondez, seule la pratique s’affiche, jamais un numéro de niveau ni un nom de stade, afin qu’aucune réponse ne paraisse meilleure que ce que vous faites réellement. La règle : choisissez le niveau le plus élevé qui correspond entièrement ; en cas de doute, prenez le niveau inférieur."),
            t!("« Je ne sais pas » compte comme une réponse manquante et fait baisser la complétude. « Sans objet » exclut la question du score. « Étayé par des données clients » indique qu’une réponse repose sur des données et pas seulement sur une impression."),
        ]),
        (t!("Des questions adaptées à votre entreprise"), &[
            t!("Si vous indiquez dans l’introduction que vous servez uniquement des consommateurs, les questions qui n’ont de sens qu’avec des clients professionnels ou des revendeurs sont mises sur « Sans objet », et cela est signalé à côté. Vous pouvez tout de même y répondre : elles comptent alors pour la préparation B2B, mais jamais pour vos scores par thème ni pour votre stade. Le pays que vous indiquez détermine les exemples là où les Pays-Bas et la Belgique diffèrent, comme iDEAL ou Bancontact et DigiD ou itsme."),
        ]),
        (t!("Score par thème (0–100)"), &[
            t!("Score par thème = (niveau moyen − 1) / 4 × 100. Seules les questions auxquelles un niveau a été attribué sont prises en compte."),
            t!("Exemple : les niveaux 2, 4 et 3 donnent une moyenne de 3, donc (3 − 1) / 4 × 100 = 50. Les scores sont arrondis, les demis vers le haut : 62,5 devient 63."),
        ]),
        (t!("Score global"), &[
            t!("Le score global est la moyenne des scores des thèmes qui ont au moins une réponse. Chaque thème a donc le même poids, quel que soit son nombre de questions."),
            t!("Exemple : deux thèmes avec des réponses, à 75 et à 25, donnent (75 + 25) / 2 = 50."),
        ]),
        (t!("Stade (1–5)"), &[
            t!("Le stade est le niveau N le plus élevé pour lequel au moins 80 % des thèmes avec des réponses atteignent en moyenne N ou plus, sans qu’aucun thème ne se situe sous N − 1. Un thème fort ne peut donc pas compenser un thème faible ; c’est pourquoi le thème le plus faible est toujours indiqué à côté du stade. Ce n’est qu’à partir du stade 4 que l’on parle d’excellence client."),
            t!("Exemple : neuf thèmes au niveau 4, un au niveau 3 et un au niveau 2. Le stade 4 exige 9 des 11 thèmes (81,8 %) au niveau 4, ce qui est le cas, mais aussi aucun thème sous 3, or un thème est à 2. Le stade 3, lui, est atteint : 10 des 11 thèmes sont à 3 ou plus et aucun n’est sous 2. Le thème au niveau 2 est signalé comme le plus faible."),
        ]),
        (t!("Complétude et étayage"), &[
            t!("Nous indiquons quelle part des questions applicables a reçu un niveau (complétude), et quelle part de celles-ci est étayée par des données clients (étayage). En dessous de 70 % de complétude, la page de résultats signale que le résultat repose sur peu de réponses."),
            t!("Exemple : sur 45 questions, 20 ont reçu un niveau et 1 est « Sans objet », soit 20 / 44 = 45 % : un résultat assorti d’un avertissement."),
        ]),
        (t!("Profil : dynamisme et ancrage"), &[
            t!("Le profil provient de l’étape « Votre façon de procéder » : neuf affirmations comportant chacune trois comportements, un à chaque extrémité et un au milieu. Aucune extrémité n’est meilleure que l’autre. Chaque comportement vaut 0, 50 ou 100 sur un axe. Le dynamisme (l’empressement avec lequel vous vous attelez à l’orientation client) compte cinq affirmations : le rythme d’adoption de nouvelles pratiques, le fait d’essayer avant d’avoir la preuve que cela marche, la rapidité avec laquelle les retours se traduisent en actions, la conviction que cela rapporte, l’horizon de temps. L’ancrage (la mesure dans laquelle cela repose sur des preuves du besoin et de la valeur) en compte quatre : les mots que vous employez, les fondamentaux ou l’effet de surprise, les preuves qu’exige une décision, le calcul de ce que quelque chose vaut."),
            t!("Axe = 0,7 × la moyenne des affirmations auxquelles vous avez répondu + 0,3 × le score moyen de trois thèmes qui alimentent l’axe (dynamisme : thèmes 3, 4 et 8 ; ancrage : thèmes 5, 6 et 11), moins 10 pour chaque signal de ce côté auquel vous avez répondu « oui » (l’attentisme fait baisser le dynamisme, l’excès de zèle fait baisser l’ancrage), le tout borné entre 0 et 100. Sans scores par thème, seules les affirmations comptent. Un axe exige au moins deux affirmations auxquelles vous avez répondu ; les scores seuls ne donnent jamais de profil. Les affirmations ne modifient jamais un score par thème ni le stade."),
            t!("Exemple : des affirmations à 80 et des thèmes à 25 donnent un dynamisme de 0,7 × 80 + 0,3 × 25 = 63,5 ; deux signaux d’attentisme le ramènent à 63,5 − 2 × 10 = 43,5, ce qui est bas."),
            t!("Chaque axe est coupé en deux à 50. Un dynamisme élevé et un ancrage faible donnent l’Enthousiaste néerlandais ; un dynamisme faible et un ancrage élevé, le Suiveur flamand ; les deux élevés, l’Équilibré ; les deux faibles, le Débutant. Ces noms sont des étiquettes ludiques issues du débat entre Néerlandais et Flamands, et non des jugements sur la nationalité. Un profil dit comment vous avancez, pas où vous en êtes : un Enthousiaste néerlandais peut se trouver au stade 2 comme au stade 4."),
        ]),
        (t!("Signaux"), &[
            t!("Huit énoncés oui/non sur les excès : quatre sur l’excès de zèle (un score devenu une fin en soi, des extras alors que des plaintes sur l’essentiel restent sans suite, le jargon, de nouveaux canaux alors que les anciens coincent) et quatre sur l’attentisme (attendre la concurrence, voir d’abord le chiffre d’affaires, des plaintes jamais analysées, un retour sur investissement exigé dans l’année). Ils ne modifient jamais un score ; chaque « oui » déplace le profil, donne lieu à un avertissement expliqué et alimente le plan. Aucun signal ne reprend une question : rien n’est compté deux fois."),
        ]),
        (t!("Préparation B2B"), &[
            t!("La préparation B2B regroupe toutes les questions du thème 10 ainsi que, dans les autres thèmes, les questions sur les partenaires, les distributeurs et les rôles au sein d’un client, et les convertit comme un score par thème. Les paliers sont : 0–24 pas encore prêt, 25–49 en construction, 50–74 prêt, 75–100 pionnier. Elle est affichée en premier pour les entreprises qui ont des clients professionnels, et sur demande pour les autres."),
            t!("Exemple : les niveaux 4, 2 et 3 sur des questions B2B donnent (3 − 1) / 4 × 100 = 50 : prêt."),
        ]),
        (t!("Recommandations et plan"), &[
            t!("Chaque pratique à laquelle vous avez attribué un niveau est une étape possible. Sa priorité est son poids (de 1 à 3 : l’importance de la pratique pour les clients) × le nombre de niveaux qu’il reste à gravir (5 − votre niveau). Les trois priorités les plus élevées passent en premier, une au maximum par thème, pour que deux étapes ne disent pas presque la même chose. Là où votre profil vous oriente (thèmes d’ancrage pour l’Enthousiaste, thèmes de dynamisme pour le Suiveur, vision et leadership pour le Débutant), un demi-point s’ajoute : il ne sert qu’à départager les ex æquo. Quand il ne reste plus rien à gravir, les étapes « continuer à apprendre » des pratiques au poids le plus élevé complètent la liste."),
            t!("Chaque étape désigne un responsable, un livrable et un indicateur de réussite. Le plan à 90 jours reprend, à tour de rôle : la première étape, le premier signal auquel vous avez répondu « oui », la deuxième étape, la première action liée à votre profil, la troisième étape ; un texte déjà retenu est ignoré."),
            t!("Exemple : une pratique de poids 3 au niveau 3 (3 × 2 = 6) passe avant une pratique de poids 1 au niveau 1 (1 × 4 = 4)."),
        ]),
        (t!("Sources, et ce qui relève d’un choix de conception"), &[
            t!("Les thèmes s’appuient sur ce que les modèles courants d’excellence client ont en commun : les travaux de Forrester sur la maturité CX, les compétences et les stades de maturité du Qualtrics XM Institute, les Six Pillars of experience excellence de KPMG, l’EFQM Model, les travaux de la Klantenservice Federatie sur le service clientèle aux Pays-Bas, et la chronique « Customer excellence over de grenzen heen » parue dans CustomerFirst (Els Dhaeze, 2017) sur l’orientation client néerlandaise et flamande, à laquelle les profils empruntent leurs noms."),
            t!("Les seuils sont des choix de conception, et non des normes validées : la règle des 80 % et le plancher N − 1 du stade, la coupure à 50, les poids 0,7 et 0,3 du profil, les 10 points par signal, les poids des pratiques, les bornes des paliers B2B et l’avertissement sous 70 % de complétude. Klantspiegel est une auto-évaluation structurée, et non un instrument psychométrique validé. Ce qui a été testé : huit entreprises, décrites en termes simples d’après la chronique et évaluées par un lecteur qui ne connaissait pas les formules, aboutissent chacune au profil pour lequel elles avaient été décrites."),
        ]),
        (t!("Vie privée"), &[
            t!("Vos réponses restent dans ce navigateur. Klantspiegel n’envoie rien à un serveur, n’utilise ni cookies ni outils de mesure d’audience et ne charge rien depuis d’autres sites web. Seul ce que vous partagez vous-même quitte votre ordinateur ; les notes ne sont jamais incluses dans un lien partagé."),
        ]),
    ],
    themes_title: t!("Les onze thèmes"),
    themes_intro: t!("Ce que couvre chaque thème :"),
    back: t!("Retour"),
};
