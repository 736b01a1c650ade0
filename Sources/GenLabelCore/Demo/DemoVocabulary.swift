/// A commune (municipality) used by the demo-data generator: a real French commune with its real
/// INSEE code and a postal code of the commune.
///
/// **Demo data.** `isZRR` and `qpvNames` are plausible values chosen for demonstration (small rural
/// communes flagged as ZRR, well-known neighbourhoods of large towns given as QPV names); they are
/// not taken from the official ZRR or QPV lists and must not be used for real eligibility checks
/// (the text sends applicants to sig.ville.gouv.fr and to the Observatoire des territoires, FAQ
/// "Qu'est-ce qu'un quartier prioritaire…" / "Qu'est-ce qu'une zone de revitalisation rurale ?").
/// Target publics residing in a QPV or a ZRR are defined in the Introduction and §1c.
public struct DemoCommune: Sendable {
    /// Official INSEE commune code (5 characters, "2A004" for Ajaccio, "97411" for Saint-Denis de La Réunion).
    public let inseeCode: String
    /// A postal code of the commune.
    public let postalCode: String
    /// Official commune name, with its accents.
    public let name: String
    /// INSEE code of the commune's region (see `RegionCatalog`).
    public let regionCode: String
    /// Demo flag: the commune is treated as a zone de revitalisation rurale.
    public let isZRR: Bool
    /// Demo names of QPV (quartiers prioritaires) in the commune; empty for most communes.
    public let qpvNames: [String]

    public init(inseeCode: String, postalCode: String, name: String, regionCode: String,
                isZRR: Bool = false, qpvNames: [String] = []) {
        self.inseeCode = inseeCode
        self.postalCode = postalCode
        self.name = name
        self.regionCode = regionCode
        self.isZRR = isZRR
        self.qpvNames = qpvNames
    }
}

/// Vocabulary for the deterministic demo-data generator: realistic French first names, surnames,
/// communes, street names, training organizations, training titles and certifications.
///
/// Everything here is demo material: the people and organizations are invented; the communes are
/// real but their ZRR/QPV flags are illustrative (see `DemoCommune`); the certification codes are
/// plausible demo values. Training titles are tied to a job of the §1f table (see `RegionCatalog`)
/// so that selection criterion 1 (§2c) can match them, and to a `DigitalJobFamily` (§2b, criterion 1).
public enum DemoVocabulary {
    /// Female first names, with accents and hyphens, reflecting France's diversity.
    public static let femaleFirstNames: [String] = [
        "Léa", "Chloé", "Inès", "Anaïs", "Maëlle", "Zoé", "Héloïse", "Marie-Thérèse", "Noémie", "Joséphine",
        "Céline", "Gaëlle", "Hélène", "Amélie", "Aïcha", "Fatoumata", "Yasmine", "Camille", "Manon", "Emma",
        "Jade", "Louise", "Alice", "Lina", "Juliette", "Margaux", "Clémence", "Élodie", "Sophie", "Nathalie",
        "Isabelle", "Sandrine", "Valérie", "Émilie", "Aurélie", "Mélanie", "Laëtitia", "Océane", "Sarah", "Nadia",
        "Karima", "Leïla", "Samira", "Fatima", "Mariam", "Awa", "Aminata", "Khadija", "Linh", "Soraya",
        "Anne-Sophie", "Marie-Claire", "Maëva", "Bérénice", "Capucine", "Solène", "Éléonore", "Ophélie", "Nolwenn", "Zélie",
        "Loïs", "Naïma",
    ]

    /// Male first names, with accents and hyphens, reflecting France's diversity.
    public static let maleFirstNames: [String] = [
        "Jean-Baptiste", "Aurélien", "Jérôme", "Loïc", "Raphaël", "Benoît", "Théo", "Mathéo", "Rémi", "Stéphane",
        "Mohamed", "Mamadou", "Lucas", "Hugo", "Louis", "Gabriel", "Arthur", "Jules", "Nathan", "Enzo",
        "Maxime", "Thomas", "Nicolas", "Julien", "Sébastien", "Frédéric", "Grégory", "Cédric", "Mickaël", "Kévin",
        "Yanis", "Rayan", "Adam", "Ibrahim", "Moussa", "Karim", "Mehdi", "Youssef", "Sofiane", "Bilal",
        "Amadou", "Ousmane", "Issa", "Minh", "Quang", "Jean-Pierre", "Pierre-Yves", "Jean-Michel", "François", "Jérémy",
        "Noël", "Joël", "Gaël", "Élie", "Timothée", "Clément", "Valentin", "Corentin", "Erwan", "Killian",
        "Anthony", "Hervé",
    ]

    /// Surnames, including apostrophes, particles and hyphens.
    public static let surnames: [String] = [
        "N'Diaye", "D'Almeida", "Le Goff", "Lefèvre", "Dupré", "Bénard", "Gauthier-Lévêque", "Da Silva", "Ben Saïd", "Martin",
        "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
        "Laurent", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard",
        "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "Legrand", "Gauthier", "Perrin",
        "Robin", "Morin", "Henry", "Roussel", "Mathieu", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard",
        "Roche", "Renard", "Schmitt", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Fabre", "Aubert",
        "Lemoine", "Renaud", "Dumas", "Lacroix", "Bourgeois", "Lecomte", "Le Gall", "Le Roux", "Kerbrat", "Quéméner",
        "Tanguy", "Diallo", "Traoré", "Koné", "Camara", "Cissé", "Sylla", "Keïta", "Touré", "Bamba",
        "Nguyen", "Tran", "Pham", "Benali", "Haddad", "Bouaziz", "Mansouri", "Belkacem", "Chérif", "Boumediene",
        "Fernandes", "Pereira", "Dos Santos", "Rodrigues", "Gonçalves", "Ferreira", "De Oliveira", "Hoarau", "Payet", "Grondin",
        "Fontaine", "Rivière", "Bègue", "Muller", "Schneider", "Meyer", "Weber", "Delaunay", "Lebrun", "Marchand",
        "Besnard", "Poirier", "Charpentier", "Hébert", "Ménard", "Faure", "Rousseau", "Lambert", "Abdallah", "Attoumani",
        "Mbemba", "Ekambi", "Saint-Cyr", "Jean-Louis", "Desroches", "Lévêque", "Boucher", "Ould Ahmed", "El Amrani", "Van der Berg",
    ]

    /// Street names, with their type ("rue", "avenue", "place", "chemin"…) in lower case.
    public static let streetNames: [String] = [
        "rue de la République", "avenue Jean-Jaurès", "place de l'Église", "chemin des Écoliers", "rue Victor-Hugo",
        "boulevard Gambetta", "rue Pasteur", "avenue du Général-de-Gaulle", "rue de la Gare", "place de la Mairie",
        "rue des Écoles", "allée des Tilleuls", "rue Jules-Ferry", "avenue de la Libération", "rue du Moulin",
        "impasse des Lilas", "rue Émile-Zola", "quai de la Loire", "rue Louise-Michel", "avenue Aristide-Briand",
        "rue Jean-Moulin", "chemin de la Fontaine", "rue Simone-Veil", "place du Marché", "route de Bordeaux",
        "rue du Château", "boulevard de l'Hôpital", "rue Marie-Curie", "cours Mirabeau", "rue de l'Abbé-Grégoire",
        "allée Olympe-de-Gouges", "rue des Frères-Lumière",
    ]

    /// Invented names of training organizations (structures porteuses): generic words only, no real trademark.
    public static let organizationNames: [String] = [
        "Association Élan Numérique", "Coopérative Les Codeuses d'Occitanie", "École régionale du numérique de Guyane",
        "Atelier Numérique du Bocage", "Fabrique Digitale des Hauts-de-France", "Campus Numérique Solidaire de Normandie",
        "Les Clés du Code", "Passerelle Numérique Bretagne", "Tremplin Digital Val de Loire", "Institut Numérique des Deux Rives",
        "Association Fibre & Avenir", "Maison du Code de Lorraine", "Collectif Numérique des Quartiers Nord",
        "École du Numérique Inclusif d'Île-de-France", "Réseau Compétences Numériques Auvergne", "Coopérative Pixels et Territoires",
        "Association Lumière Numérique", "Atelier des Développeuses", "Campus des Métiers du Web de Provence",
        "L'Établi Numérique", "Académie Solidaire du Numérique", "Numérique en Commun Bourgogne",
        "École de la Deuxième Chance Numérique de Picardie", "Association Horizon Fibre Optique", "Les Bâtisseurs du Web",
        "Fabrique Numérique de l'Estuaire", "Tiers-Lieu Le Quai Numérique", "Association Réseaux Pour Tous",
        "Institut Caribéen des Métiers du Numérique", "École Numérique de l'Océan Indien", "Association Mahoraise pour le Numérique",
        "Centre de Formation Numérique des Antilles", "Coopérative Code et Montagne", "Association Ruralité Connectée",
        "Atelier Data Solidaire", "École des Techniciens Réseaux du Grand Est", "Campus Numérique de la Vallée du Rhône",
        "Association Femmes et Code", "Le Labo des Possibles Numériques", "École Régionale du Support Informatique",
        "Association Insertion Numérique Corse", "Coopérative Design Citoyen", "Les Ateliers du Clic",
        "Centre Numérique des Landes et du Béarn", "Association Cap Numérique Pays de la Loire", "École de la Fibre du Massif Central",
        "Institut du Code Méditerranée", "Association Premiers Pas Numériques", "Fabrique des Talents Numériques",
        "Coopérative Numérique des Hautes Terres",
    ]
}
