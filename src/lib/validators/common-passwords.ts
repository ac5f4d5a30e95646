/**
 * Passwords and password roots that attackers try first, French and English. They are compared
 * in lower case, without accents or spaces, whole and once trailing digits and punctuation are
 * stripped: the root "soleil" also catches "Soleil 2024 !!". Entries are lower-case ASCII words.
 */
const COMMON_PASSWORD_GROUPS = [
  // Sequences and keyboard walks (AZERTY and QWERTY).
  `
    123456789012 1234567890123 12345678901234 123456789123 1234567891011 012345678901 098765432109
    987654321098 987654321012 111111111111 000000000000 999999999999 123123123123 121212121212
    112233445566 123456123456 123321123321 147258369147 159753159753 789456123789 azerty azertyui
    azertyuiop azertyuiopqsdfghjklm azertyazerty azerty123456 azertyuiop123 azerty123azerty
    123456azerty azer azerqsdf azerqsdfwxcv qsdfghjklm qsdfghjklmwxcvbn wxcvbn wxcvbnqsdfgh
    poiuytreza mlkjhgfdsq a1z2e3r4t5y6 a1z2e3r4t5y6u7 aqwzsxedc aqwzsxedcrfv azertyqsdfgh qwerty
    qwertyui qwertyuiop qwertyuiop12 qwertyuiop123 qwerty123456 qwertyqwerty qwertyuiopasdfghjkl
    asdfghjkl asdfghjkl123 zxcvbnm zxcvbnm123 qazwsx qazwsxedc qazwsxedcrfv 1qaz2wsx 1qaz2wsx3edc
    1qaz2wsx3edc4rfv zaq12wsx zaq1zaq1zaq1 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y q1w2e3r4t5y6
    a1b2c3d4e5f6 1a2b3c4d5e6f abcdef abcdefgh abcdefghijkl abcdefghijklm abcdefghijklmnop abcd1234
    abcd1234abcd abc123 abc123abc123 aaaaaaaaaaaa azertyuiopmlkjhgfdsq 0000azerty 1234azerty
  `,
  // "Password" in French and English, and admin defaults.
  `
    motdepasse motdepasse123 motdepasse1234 motdepasse123456 motdepasse2024 motdepassemotdepasse
    monmotdepasse mdp mdpmdp nouveaumotdepasse motdepassesecret motdepassefacile motdepasseoublie
    changemoi changezmoi secret secret123456 topsecret confidentiel bienvenue bienvenue123
    bienvenue1234 password password1 password12 password123 password1234 password12345
    password123456 passwordpassword mypassword newpassword strongpassword securepassword passw0rd
    p@ssw0rd p@ssword pa$$word changeme changeme123 default welcome welcome1 welcome123
    welcome12345 letmein letmein123 login admin admin123 admin123456 administrateur administrator
    utilisateur user root toor test test1234 testtest guest access master trustno1 iloveyou
    iloveyou1234 loveyou whatever nothing unknown azerty1234567
  `,
  // French favourites: affection, family, first names, places, clubs.
  `
    soleil soleil123456 123soleil jetaime jetaime123456 jetaimetoujours jetaimemonamour
    jetaimemoncoeur jetaimemaman jetaimepapa amour amoureux amoureuse monamour mamour moncoeur
    mabiche macherie moncheri chouchou doudou doudou123456 doudoune loulou coucou coucou123456
    bonjour bonjour12345 bonjour123456 bonsoir salut salutatous bisous bisousbisous chaton minou
    minette nounours tresor bebe mabelle princesse papillon chocolat caramel fraise vacances
    famille mafamille maison mamaison maman papa mamanpapa cheval chevaux liberte egalite
    fraternite france vivelafrance allezlesbleus lesbleus paris parisjetaime marseille toulouse
    bordeaux lyon lille nantes nice strasbourg montpellier rennes bretagne normandie provence
    alsace corse olympique olympiquedemarseille allezlom droitaubut psg parissg parissaintgermain
    icicestparis football footballeur rugby tennis musique guitare vacances2024 noel joyeuxnoel
    printemps ete automne hiver nicolas julien camille thomas kevin anthony alexandre maxime
    sebastien guillaume romain antoine pierre laurent stephane isabelle nathalie sandrine
    stephanie celine aurelie julie sophie emilie caroline virginie melanie marie pauline manon
    chloe sarah emma lucas hugo louis arthur jules enzo mathis nathan theo clement quentin florian
    jeremy jordan dylan vincent olivier christophe philippe patrick michel martine catherine
    sylvie francoise christine valerie jeanne mathilde charlotte lea ines jade louise alice
  `,
  // Merchant and banking words people reach for on this site.
  `
    commercant commerce espacecommercant moncommerce boutique maboutique magasin monmagasin
    boulangerie librairie fromagerie restaurant cafe entreprise monentreprise societe masociete
    client clients compta comptabilite comptable banque mabanque carte cartebancaire paiement
    litige litiges gestiondeslitiges contrat facture caisse tresorerie siret iban business company
    office bureau travail boulot
  `,
  // English favourites.
  `
    sunshine princess dragon monkey shadow superman batman spiderman starwars pokemon naruto
    minecraft fortnite football1234 baseball basketball soccer hockey golf liverpool chelsea
    arsenal barcelona realmadrid manchester manchesterunited juventus michael jennifer jessica
    ashley daniel andrew joshua matthew robert william charlie thomas123 hunter ranger buster
    harley tigger pepper ginger maggie buddy killer matrix thunder ninja mustang mercedes ferrari
    porsche corvette yankees cowboys lakers freedom computer internet summer winter spring autumn
    hello helloworld hellohello google facebook instagram microsoft apple samsung nintendo
    playstation xbox cocacola mylove lovely angel baby babygirl beautiful blessed flower butterfly
    rainbow cookie chocolate banana orange cheese pizza money jesus jesuschrist godisgood london
    newyork america england qwerty2024 iloveyouforever lovelove secretpassword mysecret letmeinnow
  `,
];

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  COMMON_PASSWORD_GROUPS.flatMap((group) => group.split(/\s+/)).filter((entry) => entry !== ''),
);
