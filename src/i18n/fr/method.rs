use crate::i18n::tables::method::MethodTexts;

pub const TEXTS: MethodTexts = MethodTexts {
    title: t!("Comment Klantspiegel calcule vos résultats"),
    intro: t!("Chaque chiffre de la page de résultats provient des formules ci-dessous. Il n’y a aucune pondération cachée et rien n’est calculé ailleurs : tout se passe dans votre navigateur. Klantspiegel mesure deux choses distinctes : le degré de maturité de votre orientation client (les scores et le stade) et la façon dont votre organisation procède (le profil). L’un ne remplace jamais l’autre."),
    sections: &[
        (t!("Questions et réponses"), &[
            t!("Le questionnaire compte douze thèmes de deux à cinq questions chacun. Pour chaque question, vous choisissez parmi cinq pratiques décrites, de réactive (niveau 1) à apprenante (niveau 5). Chaque niveau reprend le niveau inférieur et y ajoute une pratique : un niveau ne compte donc que si les niveaux inférieurs sont aussi vrais. Pendant que vous répondez, seule la pratique est affichée, jamais un numéro de niveau ni un nom de stade, afin qu’aucune réponse ne paraisse meilleure que ce que vous faites réellement. La règle : choisissez le niveau le plus élevé qui correspond entièrement ; en cas de doute, le niveau inférieur."),
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
            t!("Exemple : dix thèmes au niveau 4, un au niveau 3 et un au niveau 2. Le stade 4 exige 10 des 12 thèmes (83,3 %) au niveau 4, ce qui est le cas, mais aussi aucun thème sous 3, or un thème est à 2. Le stade 3, lui, est atteint : 11 des 12 thèmes sont à 3 ou plus et aucun n’est sous 2. Le thème au niveau 2 est signalé comme le plus faible."),
        ]),
        (t!("Complétude et étayage"), &[
            t!("Nous indiquons quelle part des questions applicables a reçu un niveau (complétude), et quelle part de celles-ci est étayée par des données clients (étayage). En dessous de 70 % de complétude, la page de résultats signale que le résultat repose sur peu de réponses."),
            t!("Exemple : sur 46 questions, 20 ont reçu un niveau et 1 est « Sans objet », soit 20 / 45 = 44 % : un résultat assorti d’un avertissement."),
        ]),
        (t!("Profil : dynamisme et ancrage"), &[
            t!("Le profil provient uniquement de l’étape « Votre façon de procéder » : dix affirmations qui mettent chacune côte à côte deux attitudes qui se défendent toutes les deux et qui ont chacune un prix. Vous penchez d’un côté, nettement ou plutôt ; il n’y a pas de milieu. Sur l’axe de l’affirmation, nettement le côté haut vaut 100, plutôt le côté haut 75, plutôt le côté bas 25 et nettement le côté bas 0. Le dynamisme (l’énergie et le rythme : avec quelle précocité, quelle rapidité et combien d’attention, d’argent et d’ambition vous vous attelez à l’orientation client) compte cinq affirmations : être parmi les premiers avec de nouvelles façons de faire, agir sur les retours en quelques jours, les sujets clients en tête des réunions de direction, un budget réservé aux améliorations, des objectifs qui poussent. L’ancrage (la mesure dans laquelle cette activité repose sur des preuves du besoin et de la valeur) en compte cinq aussi : régler ce qui coince avant d’ajouter du neuf, n’étendre que ce qui a fait ses preuves, arrêter ce qui ne donne rien, des mots simples, des idées tirées de ce que montrent les clients. Un dynamisme élevé ne signifie jamais « sans preuves » et un ancrage élevé jamais « lent » : une entreprise peut choisir le côté haut des dix affirmations."),
            t!("Axe = la moyenne des affirmations de cet axe auxquelles vous avez répondu. Un axe exige au moins trois réponses ; d’ici là, le résultat indique combien il en manque. Aucune réponse sur le chemin parcouru et aucun signal n’entrent dans le profil, et les affirmations ne modifient jamais un score par thème ni le stade."),
            t!("Exemple : trois affirmations de dynamisme nettement du côté haut et deux plutôt du côté bas donnent (100 + 100 + 100 + 25 + 25) / 5 = 70."),
            t!("Chaque axe est coupé en deux à 50. Un dynamisme élevé et un ancrage faible donnent le fonceur ; un dynamisme faible et un ancrage élevé, le prudent ; les deux élevés, l’équilibré ; les deux faibles, en quête de cap. Un axe à moins de 10 points de 50 (de 40 à 60) ne fait que pencher : le résultat dit que vous penchez vers ce profil. À moins de 10 points sur les deux axes, il n’y a pas encore de profil net : le point reste sur le graphique, mais aucun profil n’est nommé. Les deux styles sont l’approche néerlandaise et l’approche flamande de la chronique, nommées d’après ce qu’elles font et non d’après un pays ou une communauté : une entreprise de Gand peut foncer, une entreprise d’Utrecht être prudente. Un profil dit comment vous avancez, pas où vous en êtes : un fonceur peut se trouver au stade 1 comme au stade 4."),
        ]),
        (t!("Signaux"), &[
            t!("Sept énoncés oui/non sur les excès : quatre sur l’excès de zèle (un score devenu une fin en soi, des extras alors que des plaintes sur l’essentiel restent sans suite, le jargon, de nouveaux canaux alors que les anciens coincent) et trois sur l’attentisme (exiger la preuve du chiffre d’affaires d’abord, un retour sur investissement dans l’année, des améliorations pour les clients supprimées en premier en cas d’économies). Ils ne modifient aucun score ni le profil : chaque comportement est mesuré une seule fois, et le profil mesure le style par les affirmations. Chaque « oui » donne lieu à un avertissement expliqué et alimente le plan."),
        ]),
        (t!("Préparation B2B"), &[
            t!("La préparation B2B regroupe toutes les questions du thème 11 ainsi que, dans les autres thèmes, les questions sur les partenaires, les distributeurs et les rôles au sein d’un client, et les convertit comme un score par thème. Les paliers sont : 0–24 pas encore prêt, 25–49 en construction, 50–74 prêt, 75–100 pionnier. Elle est affichée en premier pour les entreprises qui ont des clients professionnels, et sur demande pour les autres."),
            t!("Exemple : les niveaux 4, 2 et 3 sur des questions B2B donnent (3 − 1) / 4 × 100 = 50 : prêt."),
        ]),
        (t!("Recommandations et plan"), &[
            t!("Chaque pratique à laquelle vous avez attribué un niveau est une étape possible. Sa priorité est son poids (de 1 à 3 : l’importance de la pratique pour les clients) × le nombre de niveaux qu’il reste à gravir (5 − votre niveau). Les trois priorités les plus élevées passent en premier, une au maximum par thème, pour que deux étapes ne disent pas presque la même chose. Les thèmes vers lesquels votre profil vous oriente (thèmes d’ancrage pour le fonceur, thèmes de dynamisme pour le prudent, vision et leadership pour qui est en quête de cap) reçoivent un demi-point : il ne sert qu’à départager les ex æquo. Quand il ne reste plus rien à gravir, les étapes « continuer à apprendre » des pratiques au poids le plus élevé complètent la liste."),
            t!("Chaque étape désigne un responsable, un livrable et un indicateur de réussite. Le plan à 90 jours reprend, à tour de rôle : la première étape, le premier signal auquel vous avez répondu « oui », la deuxième étape, la première action liée à votre profil, la troisième étape ; un texte déjà retenu est ignoré."),
            t!("Exemple : une pratique de poids 3 au niveau 3 (3 × 2 = 6) passe avant une pratique de poids 1 au niveau 1 (1 × 4 = 4)."),
        ]),
        (t!("Sources, et ce qui relève d’un choix de conception"), &[
            t!("Les thèmes s’appuient sur ce que les modèles courants d’excellence client ont en commun : les travaux de Forrester sur la maturité CX, les compétences et les stades de maturité du Qualtrics XM Institute, les Six Pillars of experience excellence de KPMG, l’EFQM Model, les travaux de la Klantenservice Federatie sur le service clientèle aux Pays-Bas, et la chronique « Customer excellence over de grenzen heen » parue dans CustomerFirst (Els Dhaeze, 2017) sur l’orientation client néerlandaise et flamande, à laquelle les profils empruntent leurs noms."),
            t!("Les seuils sont des choix de conception, et non des normes validées : la règle des 80 % et le plancher N − 1 du stade, la coupure à 50, la bande de 10 points dans laquelle un profil ne fait que pencher, trois affirmations par axe, les poids des pratiques, les bornes des paliers B2B et l’avertissement sous 70 % de complétude. Klantspiegel est une auto-évaluation structurée, et non un instrument psychométrique validé. Ce qui a été testé : des entreprises décrites en termes simples (de chaque profil, avancées ou non), évaluées par un lecteur qui ne connaissait ni la notation des affirmations ni les formules, aboutissent au profil pour lequel elles avaient été décrites, à une exception près au plus ; et aucune réponse sur le chemin parcouru ne déplace le profil."),
        ]),
        (t!("Vie privée"), &[
            t!("Vos réponses restent dans ce navigateur. Klantspiegel n’envoie rien à un serveur, n’utilise ni cookies ni outils de mesure d’audience et ne charge rien depuis d’autres sites web. Seul ce que vous partagez vous-même quitte votre ordinateur ; les notes ne sont jamais incluses dans un lien partagé."),
        ]),
    ],
    themes_title: t!("Les douze thèmes"),
    themes_intro: t!("Ce que couvre chaque thème :"),
    back: t!("Retour"),
};
